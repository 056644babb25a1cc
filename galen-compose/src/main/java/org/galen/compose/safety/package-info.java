/** Safety checks before any answer: emergencies first, and questions that are not about health. */
@NullMarked
package org.galen.compose.safety;

import org.jspecify.annotations.NullMarked;
