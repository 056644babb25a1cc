/**
 * The command line's way to a running server on the same machine: the server leaves its port and a
 * random token in {@code $GALEN_HOME/server.json} (owner-only), and commands that need its
 * editorial database call it on loopback with that token.
 */
@NullMarked
package org.galen.app.host;

import org.jspecify.annotations.NullMarked;
