/** The web app: the ask page and the answers API. */
@NullMarked
package org.galen.app.web;

import org.jspecify.annotations.NullMarked;
