/**
 * Effect sizes with confidence intervals read from evidence statements, and the forest plot that
 * draws them (plain SVG, rendered on the server).
 */
@NullMarked
package org.galen.app.evidence;

import org.jspecify.annotations.NullMarked;
