/**
 * The ConText algorithm (Harkema et al., J Biomed Inform 2009), an extension of NegEx (Chapman et
 * al., J Biomed Inform 2001): whether each finding is negated, historical or hypothetical, and
 * whose it is, from trigger lists kept as data.
 */
@NullMarked
package org.galen.understand.context;

import org.jspecify.annotations.NullMarked;
