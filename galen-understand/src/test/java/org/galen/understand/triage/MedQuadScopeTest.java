package org.galen.understand.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.ingest.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Real consumer questions (MedQuAD, every 25th) are health questions: none is declined. The full
 * count is printed by {@code MedQuadScope}.
 */
class MedQuadScopeTest {
  @Test
  void declaresNoRealHealthQuestionOutOfScope() throws IOException {
    Path medquad = SharedData.dir().resolve("medquad");
    List<String> questions = new ArrayList<>();
    Pattern q = Pattern.compile("<Question [^>]*>([^<]+)</Question>");
    try (var files = Files.walk(medquad)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        Matcher m = q.matcher(Files.readString(f));
        while (m.find()) {
          questions.add(m.group(1).strip());
        }
      }
    }
    Triage triage = Triages.triage();
    List<String> declined = new ArrayList<>();
    int asked = 0;
    for (int i = 0; i < questions.size(); i += 25) {
      asked++;
      if (!triage.assess(questions.get(i), List.of()).health()) {
        declined.add(questions.get(i));
      }
    }
    assertThat(asked).isGreaterThan(600);
    assertThat(declined).as("declined of %d", asked).isEmpty();
  }
}
