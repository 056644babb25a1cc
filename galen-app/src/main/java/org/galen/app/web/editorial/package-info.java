/**
 * The editorial web: article pages with their review status, the Medical Advisory Board, the
 * editorial policy and disclaimer, the editors' and reviewers' workspace, admin pages, and the
 * {@code /api/v1/articles} API.
 */
@NullMarked
package org.galen.app.web.editorial;

import org.jspecify.annotations.NullMarked;
