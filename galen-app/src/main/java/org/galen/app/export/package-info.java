/** An answer's references in the formats reference managers import: RIS and BibTeX. */
@NullMarked
package org.galen.app.export;

import org.jspecify.annotations.NullMarked;
