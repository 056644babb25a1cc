/**
 * The patient a question describes (age, pregnancy, kidney disease, allergies...) and what applies.
 */
@NullMarked
package org.galen.compose.context;

import org.jspecify.annotations.NullMarked;
