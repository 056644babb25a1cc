package org.galen.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.galen.core.SectionKind;

/** Which part of the topic a question asks about ("and if that fails?" asks for second line). */
final class Intent {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final Map<SectionKind, Pattern> CUES = new LinkedHashMap<>();

  static {
    CUES.put(
        SectionKind.SECOND_LINE,
        Pattern.compile(
            "\\b(if|when|after)\\b.{0,60}\\b(fail\\w*|not (enough|work\\w*|help\\w*|improv\\w*|respond\\w*|controlled|tolerated)|no better|does ?n[o']?t (work|help)|don'?t (work|help)|persist\\w*|still)\\b"
                + "|second[- ]line|refractory|resistant|next step|not responding|no response|escalat\\w*|step(ping)? up|add[- ]on|what else",
            FLAGS));
    CUES.put(SectionKind.THIRD_LINE, Pattern.compile("third[- ]line|last resort", FLAGS));
    CUES.put(
        SectionKind.PITFALLS,
        Pattern.compile(
            "pitfall|mistake|\\bavoid|should(n'?t| not)|don'?t|contraindicat|\\bharm|dangerous|safe to",
            FLAGS));
    CUES.put(
        SectionKind.RED_FLAGS,
        Pattern.compile(
            "red[- ]flag|when (to|should \\w+) (refer|see|go|worry|get help)|\\brefer\\w*|warning sign|urgent|worry",
            FLAGS));
    CUES.put(
        SectionKind.EVIDENCE_QUALITY,
        Pattern.compile("evidence|how (strong|good|sure)|trial|certainty|studies|study", FLAGS));
    CUES.put(
        SectionKind.DIAGNOSIS,
        Pattern.compile(
            "diagnos|investigat|work[- ]?up|test(s|ing)? for|how (do|can) (i|you) tell", FLAGS));
    CUES.put(
        SectionKind.MONITORING,
        Pattern.compile("monitor|follow[- ]?up|how often|check(ed|s)?\\b", FLAGS));
    CUES.put(
        SectionKind.PREVENTION,
        Pattern.compile("prevent|prophyla|avoid getting|reduce (the )?risk", FLAGS));
    CUES.put(
        SectionKind.SELF_CARE,
        Pattern.compile(
            "myself|at home|self[- ]care|what can (i|we|they) do|on my own|home remed", FLAGS));
  }

  private Intent() {}

  /**
   * The section kinds the question asks about, most specific first; empty for a general question.
   */
  static List<SectionKind> of(String question) {
    List<SectionKind> out = new ArrayList<>();
    CUES.forEach(
        (kind, cue) -> {
          if (cue.matcher(question).find()) {
            out.add(kind);
          }
        });
    return out;
  }
}
