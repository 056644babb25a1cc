/**
 * Emergency triage and scope: whether a question describes an emergency happening now (and which),
 * and whether it is about health at all, from concepts, their context and the nearest exemplars by
 * sentence embedding.
 */
@NullMarked
package org.galen.understand.triage;

import org.jspecify.annotations.NullMarked;
