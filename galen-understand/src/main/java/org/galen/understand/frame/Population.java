package org.galen.understand.frame;

import java.util.List;
import java.util.Locale;
import org.galen.core.Qualifier;
import org.galen.core.frame.Patient;
import org.galen.understand.terminology.Terminology;
import org.jspecify.annotations.Nullable;

/**
 * Whether a statement's {@code applies:} qualifiers fit the patient a question describes. Nothing
 * unknown counts against a statement: it contradicts the patient only when a stated fact rules it
 * out (the non-pregnant regimen for a pregnant woman, penicillin for a penicillin allergy, the
 * statement for people without diabetes for a diabetic), and matches when a stated fact is what it
 * is for.
 */
public final class Population {
  private final Patient patient;
  private final Terminology terminology;

  public Population(Patient patient, Terminology terminology) {
    this.patient = patient;
    this.terminology = terminology;
  }

  public boolean contradicts(List<Qualifier> applies) {
    return applies.stream().anyMatch(q -> Boolean.FALSE.equals(fits(q)));
  }

  public boolean matches(List<Qualifier> applies) {
    return !applies.isEmpty()
        && !contradicts(applies)
        && applies.stream().anyMatch(q -> Boolean.TRUE.equals(fits(q)));
  }

  /** True when the patient is in the qualifier's group, false when not, null when unknown. */
  private @Nullable Boolean fits(Qualifier q) {
    @Nullable Boolean in =
        switch (q.kind()) {
          case PREGNANT -> patient.pregnant();
          case BREASTFEEDING -> patient.breastfeeding();
          case AGE -> patient.ageYears() == null ? null : q.coversAge(patient.ageYears());
          case SEX -> patient.sex() == null ? null : patient.sex().equals(q.value());
          case ALLERGY -> allergic(q);
          case COMORBIDITY -> hasCondition(q.value());
          case RENAL -> renal(q);
        };
    if (in == null) {
      return null;
    }
    return q.negated() ? !in : in;
  }

  private @Nullable Boolean allergic(Qualifier q) {
    String substance = q.substance();
    for (Patient.Allergy a : patient.allergies()) {
      if (a.negated() && a.substance().equals("drugs")) {
        return false;
      }
      boolean same =
          DrugClasses.bundled().names(a.substance()).stream()
              .anyMatch(n -> n.contains(substance) || substance.contains(n));
      if (same) {
        if (a.negated()) {
          return false;
        }
        // a statement for severe allergy does not fit a mild one, nor the reverse
        if (q.severe()) {
          return a.severity().equals("severe") || a.severity().equals("unknown");
        }
        return !q.mild() || !a.severity().equals("severe");
      }
    }
    return null;
  }

  private @Nullable Boolean hasCondition(String name) {
    List<String> ids =
        terminology.matcher().find(name).stream().flatMap(m -> m.conceptIds().stream()).toList();
    for (Patient.Fact c : patient.conditions()) {
      boolean same =
          c.name().toLowerCase(Locale.ROOT).equals(name)
              || c.conceptId() != null
                  && ids.stream().anyMatch(id -> terminology.isA(c.conceptId(), id));
      if (same) {
        return c.present() ? Boolean.TRUE : c.negated() ? Boolean.FALSE : null;
      }
      // "no diabetes" rules out type 2 diabetes too: without the kind, none of its forms
      String denied = c.name().toLowerCase(Locale.ROOT);
      boolean narrower =
          c.negated()
              && (c.conceptId() != null
                      && ids.stream().anyMatch(id -> terminology.isA(id, c.conceptId()))
                  || (" " + name + " ").contains(" " + denied + " "));
      if (narrower) {
        return Boolean.FALSE;
      }
    }
    return null;
  }

  private @Nullable Boolean renal(Qualifier q) {
    String v = q.value();
    if (v.equals("dialysis")) {
      return patient.dialysis() ? Boolean.TRUE : null;
    }
    Double egfr = patient.renalEgfr();
    if (egfr == null) {
      return patient.dialysis() ? Boolean.TRUE : null;
    }
    if (v.equals("impaired")) {
      return egfr < 60;
    }
    return q.coversEgfr(egfr);
  }
}
