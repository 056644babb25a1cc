/**
 * Answers as reviewed articles: saving, editing and regenerating versions from the engine, diffs
 * between versions, and living answers that follow changes of the evidence they cite.
 */
@NullMarked
package org.galen.app.editorial;

import org.jspecify.annotations.NullMarked;
