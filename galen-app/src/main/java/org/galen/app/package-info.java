/** Wiring of the pipeline for the command line and the web app, and the answer's JSON form. */
@NullMarked
package org.galen.app;

import org.jspecify.annotations.NullMarked;
