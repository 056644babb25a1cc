/** PubMed/MEDLINE citation XML ({@code PubmedArticleSet}, {@code MedlineCitationSet}). */
@NullMarked
package org.galen.ingest.pubmed;

import org.jspecify.annotations.NullMarked;
