/** Accounts, roles' holders and the reviewer profiles of the Medical Advisory Board. */
@NullMarked
package org.galen.store.account;

import org.jspecify.annotations.NullMarked;
