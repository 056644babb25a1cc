package org.galen.ingest.pubmed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.ingest.Document;
import org.galen.ingest.Parsed;
import org.galen.ingest.Problem;
import org.galen.ingest.SourceTextBuilder;
import org.galen.ingest.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * Turns one {@code MedlineCitation} into a source: title and abstract as text, one passage per
 * abstract part with its label (or NLM category) as the passage group, MeSH headings as topics.
 */
final class CitationParser {
  private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|2\\d\\d\\d)\\b");
  private static final Pattern PMID = Pattern.compile("\\d{1,10}");

  Parsed parse(String file, int ordinal, XmlElement citation, @Nullable XmlElement pubmedData) {
    String pmid = citation.textAt("PMID");
    if (!PMID.matcher(pmid).matches()) {
      return skip(
          file, citation.line(), "record " + ordinal + ": no valid <PMID> ('" + pmid + "')");
    }
    XmlElement article = citation.child("Article");
    if (article == null) {
      return skip(file, citation.line(), "PMID " + pmid + ": no <Article>");
    }
    String title = article.textAt("ArticleTitle");
    if (title.isEmpty()) {
      title = article.textAt("VernacularTitle");
    }
    if (title.isEmpty()) {
      return skip(file, article.line(), "PMID " + pmid + ": no <ArticleTitle>");
    }
    String id = "pmid:" + pmid;

    List<String> types = new ArrayList<>();
    XmlElement typeList = article.child("PublicationTypeList");
    if (typeList != null) {
      typeList.children("PublicationType").forEach(t -> addNonBlank(types, t.text()));
    }
    Set<String> mesh = new LinkedHashSet<>();
    XmlElement meshList = citation.child("MeshHeadingList");
    if (meshList != null) {
      for (XmlElement heading : meshList.children("MeshHeading")) {
        String descriptor = heading.textAt("DescriptorName");
        if (!descriptor.isEmpty()) {
          mesh.add(descriptor);
        }
      }
    }

    SourceTextBuilder text = new SourceTextBuilder(id);
    text.append(title);
    XmlElement abstractElement = article.child("Abstract");
    List<XmlElement> parts =
        abstractElement == null ? List.of() : abstractElement.children("AbstractText");
    for (XmlElement part : parts) {
      String body = part.text();
      if (body.isEmpty()) {
        continue;
      }
      String label = part.attr("Label");
      text.paragraph();
      if (label != null && !label.isBlank()) {
        text.append(label.strip() + ": ");
      }
      text.passage(body, SectionKind.OTHER, group(label, part.attr("NlmCategory")));
    }
    if (text.passages().isEmpty()) {
      // no abstract: the title is what there is to cite
      text = new SourceTextBuilder(id).passage(title, SectionKind.OTHER, "TITLE");
    }

    try {
      Source source =
          new Source(
              id,
              PublicationKinds.kind(types, mesh),
              title,
              journal(article, citation),
              authors(article),
              year(article),
              "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/",
              pmid,
              doi(article, pubmedData),
              types,
              List.copyOf(mesh),
              List.of(),
              null,
              text.text());
      return new Parsed.Ok(Document.of(source, text.passages()));
    } catch (IllegalArgumentException e) {
      return skip(file, citation.line(), "PMID " + pmid + ": " + e.getMessage());
    }
  }

  /** The NLM category when it says more than "unassigned", else the label as written. */
  private static @Nullable String group(@Nullable String label, @Nullable String category) {
    if (category != null && !category.isBlank() && !category.equalsIgnoreCase("UNASSIGNED")) {
      return category.strip().toUpperCase(Locale.ROOT);
    }
    if (label != null && !label.isBlank()) {
      return label.strip().toUpperCase(Locale.ROOT);
    }
    return null;
  }

  private static String journal(XmlElement article, XmlElement citation) {
    for (String candidate :
        List.of(
            article.textAt("Journal", "Title"),
            article.textAt("Journal", "ISOAbbreviation"),
            citation.textAt("MedlineJournalInfo", "MedlineTA"))) {
      if (!candidate.isEmpty()) {
        return candidate;
      }
    }
    return "PubMed";
  }

  private static @Nullable Integer year(XmlElement article) {
    XmlElement pubDate = article.at("Journal", "JournalIssue", "PubDate");
    List<String> candidates = new ArrayList<>();
    if (pubDate != null) {
      candidates.add(pubDate.textAt("Year"));
      candidates.add(pubDate.textAt("MedlineDate"));
    }
    candidates.add(article.textAt("ArticleDate", "Year"));
    for (String c : candidates) {
      Matcher m = YEAR.matcher(c);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    return null;
  }

  private static List<String> authors(XmlElement article) {
    List<String> out = new ArrayList<>();
    XmlElement list = article.child("AuthorList");
    if (list == null) {
      return out;
    }
    for (XmlElement author : list.children("Author")) {
      if ("N".equals(author.attr("ValidYN"))) {
        continue;
      }
      String collective = author.textAt("CollectiveName");
      if (!collective.isEmpty()) {
        out.add(collective);
        continue;
      }
      String last = author.textAt("LastName");
      String initials = author.textAt("Initials");
      if (initials.isEmpty()) {
        initials = author.textAt("ForeName");
      }
      String suffix = author.textAt("Suffix");
      String name = (last + " " + initials + " " + suffix).strip().replaceAll("\\s+", " ");
      addNonBlank(out, name);
    }
    return out;
  }

  private static @Nullable String doi(XmlElement article, @Nullable XmlElement pubmedData) {
    for (XmlElement e : article.children("ELocationID")) {
      if ("doi".equalsIgnoreCase(e.attr("EIdType")) && !"N".equals(e.attr("ValidYN"))) {
        String doi = e.text();
        if (doi.startsWith("10.")) {
          return doi;
        }
      }
    }
    XmlElement ids = pubmedData == null ? null : pubmedData.child("ArticleIdList");
    if (ids != null) {
      for (XmlElement e : ids.children("ArticleId")) {
        if ("doi".equalsIgnoreCase(e.attr("IdType")) && e.text().startsWith("10.")) {
          return e.text();
        }
      }
    }
    return null;
  }

  private static void addNonBlank(List<String> out, String s) {
    if (!s.isBlank()) {
      out.add(s);
    }
  }

  private static Parsed skip(String file, int line, String message) {
    return new Parsed.Skipped(new Problem(file, line, message));
  }
}
