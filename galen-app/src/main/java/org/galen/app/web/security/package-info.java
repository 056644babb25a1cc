/**
 * Who may do what on the web: form login with Argon2id hashes, failed logins slowed down per
 * account and address, CSRF and secure headers, role checks per endpoint, and the first admin's
 * bootstrap.
 */
@NullMarked
package org.galen.app.web.security;

import org.jspecify.annotations.NullMarked;
