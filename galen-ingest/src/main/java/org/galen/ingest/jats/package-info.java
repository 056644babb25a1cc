/** PMC full-text articles in JATS XML. */
@NullMarked
package org.galen.ingest.jats;

import org.jspecify.annotations.NullMarked;
