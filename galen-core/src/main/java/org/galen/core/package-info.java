/** Records shared by every stage of the pipeline: sources, passages, questions and answers. */
@NullMarked
package org.galen.core;

import org.jspecify.annotations.NullMarked;
