/** The starter library bundled with the app, loaded into a data directory on first use. */
@NullMarked
package org.galen.app.library;

import org.jspecify.annotations.NullMarked;
