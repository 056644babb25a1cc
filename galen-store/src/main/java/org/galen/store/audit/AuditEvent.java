package org.galen.store.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded action: who did what to which record, when. */
public record AuditEvent(
    long id, Instant at, String actor, String action, String target, @Nullable String detail) {}
