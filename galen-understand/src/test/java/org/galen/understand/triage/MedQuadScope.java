package org.galen.understand.triage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every MedQuAD and LiveQA question through scope: how many are declined, and which. */
class MedQuadScope {
  public static void main(String[] args) throws Exception {
    List<String> qs = new ArrayList<>();
    Pattern q = Pattern.compile("<Question [^>]*>([^<]+)</Question>");
    try (var files = Files.walk(Path.of(args[0]))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        Matcher m = q.matcher(Files.readString(f));
        while (m.find()) {
          qs.add(m.group(1).strip());
        }
      }
    }
    int medquad = qs.size();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      Matcher m = Pattern.compile("\"text\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(line);
      if (m.find()) {
        qs.add(m.group(1).replace("\\n", " "));
      }
    }
    Triage t = Triages.triage();
    int declined = 0;
    int alarms = 0;
    for (int i = 0; i < qs.size(); i++) {
      Assessment a = t.assess(qs.get(i), List.of());
      if (!a.health()) {
        declined++;
        System.out.println("declined: " + qs.get(i));
      }
      if (a.emergency()) {
        alarms++;
        System.out.println(
            "alarm "
                + a.alarms().stream().map(x -> x.condition().id()).toList()
                + ": "
                + qs.get(i));
      }
    }
    System.out.printf(
        "%d MedQuAD + %d LiveQA questions: %d declared out of scope, %d raised an emergency%n",
        medquad, qs.size() - medquad, declined, alarms);
  }
}
