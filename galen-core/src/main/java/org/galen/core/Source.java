package org.galen.core;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One citable document in the library, with its full text; every quote in an answer stands verbatim
 * in {@link #text()}.
 *
 * @param id stable id such as {@code summary:sciatica} or {@code pmid:26848107}
 * @param publisher the journal or issuing body
 * @param authors the authors as cited, e.g. {@code O'Byrne PM}; empty when unknown
 * @param publicationTypes the publication types the source declares, e.g. PubMed's {@code
 *     Randomized Controlled Trial}; empty when unknown
 * @param topics names of the conditions the source is about, used to match questions to it
 * @param basis the guidelines or studies a practice summary condenses, one line each
 * @param reviewStatus editorial status of project-written content, e.g. {@code submitted}
 * @param concepts the terminology concepts the source is about, when its author named them ({@code
 *     DOID:10825}); a question about another disease is not answered from it
 */
public record Source(
    String id,
    ReferenceKind kind,
    String title,
    String publisher,
    List<String> authors,
    @Nullable Integer year,
    @Nullable String url,
    @Nullable String pmid,
    @Nullable String doi,
    List<String> publicationTypes,
    List<String> topics,
    List<String> basis,
    @Nullable String reviewStatus,
    String text,
    List<String> concepts) {

  /** A source whose subject is known only by its title and topics. */
  public Source(
      String id,
      ReferenceKind kind,
      String title,
      String publisher,
      List<String> authors,
      @Nullable Integer year,
      @Nullable String url,
      @Nullable String pmid,
      @Nullable String doi,
      List<String> publicationTypes,
      List<String> topics,
      List<String> basis,
      @Nullable String reviewStatus,
      String text) {
    this(
        id,
        kind,
        title,
        publisher,
        authors,
        year,
        url,
        pmid,
        doi,
        publicationTypes,
        topics,
        basis,
        reviewStatus,
        text,
        List.of());
  }

  public Source {
    if (id.isBlank() || !id.contains(":")) {
      throw new IllegalArgumentException(
          "source id must look like 'prefix:name', was '" + id + "'");
    }
    Objects.requireNonNull(kind, "kind");
    if (title.isBlank()) {
      throw new IllegalArgumentException("source " + id + " has an empty title");
    }
    authors = List.copyOf(authors);
    publicationTypes = List.copyOf(publicationTypes);
    topics = List.copyOf(topics);
    basis = List.copyOf(basis);
    concepts = List.copyOf(concepts);
  }

  /** The same source, its subject named by terminology concepts ({@code DOID:10825}). */
  public Source withConcepts(List<String> ids) {
    return new Source(
        id,
        kind,
        title,
        publisher,
        authors,
        year,
        url,
        pmid,
        doi,
        publicationTypes,
        topics,
        basis,
        reviewStatus,
        text,
        ids);
  }

  /** A source without authors or publication types, such as a project-written summary. */
  public Source(
      String id,
      ReferenceKind kind,
      String title,
      String publisher,
      @Nullable Integer year,
      @Nullable String url,
      @Nullable String pmid,
      @Nullable String doi,
      List<String> topics,
      List<String> basis,
      @Nullable String reviewStatus,
      String text) {
    this(
        id,
        kind,
        title,
        publisher,
        List.of(),
        year,
        url,
        pmid,
        doi,
        List.of(),
        topics,
        basis,
        reviewStatus,
        text);
  }
}
