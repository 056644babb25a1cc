package org.galen.understand.text;

/**
 * A word of a text.
 *
 * @param norm normalized for lookup: folded, American spelling, singular ("haemorrhages" is
 *     "hemorrhage")
 * @param lower as written, lower case and folded ("haemorrhages")
 * @param start offset of its first character in the text
 * @param end offset after its last character
 * @param capitals whether it was written as an acronym, with two capitals or more ("AIDS" rather
 *     than "aids" or "Aids" opening a sentence)
 */
public record Word(String norm, String lower, int start, int end, boolean capitals) {}
