package org.galen.understand.terminology;

class Explore3 {
  public static void main(String[] a) throws Exception {
    Terminology t = Terminology.bundled();
    Spelling s = t.matcher().spellingForTest();
    for (String w :
        new String[] {
          "diabete", "diabeti", "stroke", "strok", "pneumonia", "pnemonia", "colonoscopy"
        }) {
      System.out.println(w + " knows=" + s.knows(w) + " -> " + s.correct(w));
    }
  }
}
