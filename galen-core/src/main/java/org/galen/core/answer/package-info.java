/** The answer contract: what {@code galen ask --json} prints and the API returns. */
@NullMarked
package org.galen.core.answer;

import org.jspecify.annotations.NullMarked;
