/**
 * The question frame as data: what a question names, the patient it describes and what it asks
 * (computed by galen-understand, used by retrieval and composition, carried in the answer).
 */
@NullMarked
package org.galen.core.frame;

import org.jspecify.annotations.NullMarked;
