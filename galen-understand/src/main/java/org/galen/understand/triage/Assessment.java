package org.galen.understand.triage;

import java.util.ArrayList;
import java.util.List;
import org.galen.core.Audience;
import org.galen.core.answer.Emergency;

/**
 * What triage decided about a question: whether it is a health question, and which emergencies it
 * describes as happening now, each with why.
 *
 * @param health whether the question is about health
 * @param alarms the emergencies raised, most likely first; empty when none
 * @param why one line per decision, for {@code ask --explain} and {@code eval triage}
 */
public record Assessment(boolean health, List<Alarm> alarms, List<String> why) {
  public Assessment {
    alarms = List.copyOf(alarms);
    why = List.copyOf(why);
  }

  public boolean emergency() {
    return !alarms.isEmpty();
  }

  /** The alert an answer carries: names, advice and steps in the audience's and locale's words. */
  public Emergency alert(Audience audience, String locale) {
    if (alarms.isEmpty()) {
      return Emergency.NONE;
    }
    List<String> names = new ArrayList<>();
    List<String> advice = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    for (Alarm a : alarms) {
      EmergencyCondition c = a.condition();
      names.add(c.name(audience, locale));
      advice.add(c.advice(audience, locale));
      ids.add(c.id());
      if (audience == Audience.PATIENT) {
        c.whileWaiting(locale).stream().filter(x -> !steps.contains(x)).forEach(steps::add);
      }
    }
    return new Emergency(true, names, String.join(" ", advice), ids, steps);
  }

  /**
   * An emergency raised.
   *
   * @param margin how much nearer its exemplars were than any other label's
   * @param reason why it was raised, in a few words
   */
  public record Alarm(EmergencyCondition condition, double margin, String reason) {}
}
