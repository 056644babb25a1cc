/** Which sources are about what a question asks: topic identity over terminology concepts. */
@NullMarked
package org.galen.retrieve.topic;

import org.jspecify.annotations.NullMarked;
