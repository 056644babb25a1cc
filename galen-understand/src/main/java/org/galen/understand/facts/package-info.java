/** Numbers a question states about the patient: age, temperature. */
@NullMarked
package org.galen.understand.facts;

import org.jspecify.annotations.NullMarked;
