package org.galen.understand.terminology;

import org.galen.understand.text.EnglishWords;

class Explore {
  public static void main(String[] a) {
    long t0 = System.nanoTime();
    EnglishWords en = EnglishWords.bundled();
    long t1 = System.nanoTime();
    Terminology t = Terminology.bundled();
    long t2 = System.nanoTime();
    ConceptMatcher m = t.matcher();
    long t3 = System.nanoTime();
    System.out.printf(
        "english %d ms, terminology %d ms (%d concepts, %d names), matcher %d ms%n",
        (t1 - t0) / 1000000, (t2 - t1) / 1000000, t.concepts().size(), 0, (t3 - t2) / 1000000);
    String[] qs =
        a.length > 0
            ? a
            : new String[] {
              "my dad suddenly cant lift his arm and his words are slurred",
              "is it ok to take Zyrtec with Sudafed",
              "how long does Ozempic nausea last",
              "my back is killing me",
              "I have pain in my chest and I'm sweating",
              "how do I fix a memory leak in my java app",
              "my computer has a virus",
              "I have diabetis and my sugar is high",
              "haemorrhage after tooth extraction",
              "can't feel my bum when I wipe and I wet myself",
              "what does an A1c of 6.1 mean",
              "is a colonoscopy painful",
              "vomiting blood and black tarry stools",
              "AIDS and HIV treatment",
              "hearing aids for my grandma",
              "I have a cold",
              "Will it rain in London tomorrow?"
            };
    for (int r = 0; r < 200; r++) for (String q : qs) m.find(q + r);
    for (String q : qs) {
      long s = System.nanoTime();
      var found = m.find(q);
      long e = System.nanoTime();
      System.out.println(q + "  (" + (e - s) / 1000 + " us)");
      for (Mention x : found) {
        System.out.println(
            "   "
                + x.text()
                + " -> "
                + x.conceptIds().stream()
                    .limit(4)
                    .map(id -> id + " " + t.concept(id).get().name())
                    .toList()
                + (x.ambiguous() ? " AMB" : "")
                + (x.corrected() ? " FIXED" : ""));
      }
    }
  }
}
