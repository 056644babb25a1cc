/**
 * The server's side of the host channel ({@code /host/**}): loopback callers with the token of
 * {@code server.json} only, for the command line's account and backup commands.
 */
@NullMarked
package org.galen.app.web.host;

import org.jspecify.annotations.NullMarked;
