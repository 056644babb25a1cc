/** Query understanding and search: from a question to the passages and sources that answer it. */
@NullMarked
package org.galen.retrieve;

import org.jspecify.annotations.NullMarked;
