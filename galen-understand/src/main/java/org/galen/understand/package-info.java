/**
 * What a question is about, decided before anything is searched: the concepts it names (from real
 * terminologies), the context of each (negated, past, hypothetical, someone else's), whether it
 * describes an emergency happening now, and whether it is a health question at all.
 */
@NullMarked
package org.galen.understand;

import org.jspecify.annotations.NullMarked;
