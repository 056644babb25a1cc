/** Words of a question, normalized the same way as the names of the terminologies. */
@NullMarked
package org.galen.understand.text;

import org.jspecify.annotations.NullMarked;
