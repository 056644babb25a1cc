/**
 * The question frame: what a question names (concepts, with their parents), who it is about (the
 * patient's age, sex, pregnancy, allergies, conditions, drugs, kidney function, each with its
 * context) and what it asks (a dose, a duration, which clinician...), computed once per question.
 */
@NullMarked
package org.galen.understand.frame;

import org.jspecify.annotations.NullMarked;
