/** Reads the PubMedQA JSON file: PubMed abstracts with labelled sections and MeSH terms. */
@NullMarked
package org.galen.ingest.pubmedqa;

import org.jspecify.annotations.NullMarked;
