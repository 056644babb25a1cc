package org.galen.store.page;

import java.time.Instant;

/** An admin-editable page (editorial policy, disclaimer): plain text, paragraphs by blank line. */
public record Page(
    String slug, String title, String body, int lockVersion, String updatedBy, Instant updatedAt) {}
