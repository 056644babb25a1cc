package org.galen.ingest.html;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.ingest.Document;
import org.galen.ingest.Hashes;
import org.galen.ingest.MalformedInputException;
import org.galen.ingest.Parsed;
import org.galen.ingest.Problem;
import org.galen.ingest.SourceReader;
import org.galen.ingest.SourceText;
import org.galen.ingest.TextFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTML guideline page (one file, one source) with jsoup. Only the main content counts:
 * {@code <main>}, else {@code <article>}, else {@code [role=main]}, else the body, always without
 * navigation, header, footer, asides, scripts and styles. Headings become the passages' groups;
 * paragraphs, list items and table rows become passages.
 *
 * <p>The id is {@code html:} plus the canonical URL without its scheme (host and path) when the
 * page names one, else {@code html:} plus the file name without extension. Text is decoded
 * strictly, in the charset the page declares (UTF-8 when it declares none).
 */
public final class HtmlReader implements SourceReader {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
  private static final String BOILERPLATE =
      "nav, aside, script, style, noscript, template, iframe, svg, form, button,"
          + " [role=navigation], [role=banner], [role=contentinfo], [role=search],"
          + " [aria-hidden=true], [hidden]";

  @Override
  public String name() {
    return "html";
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
  }

  @Override
  public void read(Path file, Consumer<Parsed> sink) throws IOException {
    sink.accept(new Parsed.Ok(parse(file.toString(), fileStem(file), Files.readAllBytes(file))));
  }

  /** Parses one page; {@code stem} names the source when the page has no canonical URL. */
  public Document parse(String file, String stem, byte[] bytes) {
    String html = decode(bytes, file);
    if (html.isBlank()) {
      throw malformed(file, "empty file");
    }
    if (html.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
      throw malformed(file, "control characters: binary data, not an HTML page");
    }
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    if (page.body().getAllElements().size() <= 1) {
      throw malformed(file, "no HTML elements in the body: not an HTML page");
    }
    String canonical = page.select("link[rel=canonical]").attr("href").strip();
    String id = "html:" + (canonical.isEmpty() ? stem : withoutScheme(canonical));

    Element main = mainContent(page);
    main.select(BOILERPLATE).remove();
    // a page's header and footer are chrome; an article's own header holds its title
    for (Element e : main.select("header, footer")) {
      if (e.parents().stream().noneMatch(p -> p.normalName().equals("article"))) {
        e.remove();
      }
    }

    Element h1 = main.selectFirst("h1");
    String title = h1 != null ? h1.text().strip() : "";
    if (title.isEmpty()) {
      title = page.title().strip();
    }
    if (title.isEmpty()) {
      throw malformed(file, "the page has neither a <title> nor an <h1>");
    }

    SourceText text = new SourceText(id).line(title);
    List<String> group = new ArrayList<>();
    HtmlBlocks.walk(
        main,
        block -> {
          switch (block) {
            case HtmlBlocks.Block.Heading h -> {
              group.clear();
              group.add(SourceText.normalise(h.text()));
              text.line(h.text());
            }
            case HtmlBlocks.Block.Text t ->
                text.passage(
                    SectionKind.OTHER, group.isEmpty() ? null : group.getFirst(), t.text());
          }
        });
    if (!text.hasPassages()) {
      throw malformed(file, "the main content holds no text");
    }
    Source source =
        new Source(
            id,
            ReferenceKind.GUIDELINE,
            title,
            publisher(page, canonical),
            year(page),
            canonical.isEmpty() ? null : canonical,
            null,
            null,
            List.of(),
            List.of(),
            null,
            text.text());
    return new Document(source, text.passages(), Hashes.sha256(html));
  }

  /**
   * Decodes the page strictly: in the charset its {@code <meta>} declares when that is not UTF-8
   * (older guideline sites use windows-1252), else as UTF-8. Bytes that do not fit are an error
   * naming the file, never replacement characters.
   */
  static String decode(byte[] bytes, String file) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      String name = m.group(1);
      if (!supported(name)) {
        throw malformed(file, "the page declares an unknown charset '" + name + "'");
      }
      Charset charset = Charset.forName(name);
      if (!charset.equals(StandardCharsets.UTF_8)) {
        try {
          return charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
        } catch (CharacterCodingException e) {
          throw malformed(file, "not valid " + charset.name() + " text, as its <meta> declares");
        }
      }
    }
    return TextFiles.decodeUtf8(bytes, file);
  }

  /** Whether the JDK knows the charset; an illegal name ("-1") is as unknown as a missing one. */
  private static boolean supported(String charset) {
    try {
      return Charset.isSupported(charset);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Element mainContent(org.jsoup.nodes.Document page) {
    for (String query : List.of("main", "article", "[role=main]", "#main-content", "#content")) {
      Element e = page.selectFirst(query);
      if (e != null && !e.text().isBlank()) {
        return e;
      }
    }
    return page.body();
  }

  private static String publisher(org.jsoup.nodes.Document page, String canonical) {
    for (String query :
        List.of(
            "meta[name=citation_publisher]",
            "meta[name=DC.publisher]",
            "meta[name=dcterms.publisher]",
            "meta[property=og:site_name]",
            "meta[name=author]")) {
      String v = page.select(query).attr("content").strip();
      if (!v.isEmpty()) {
        return v;
      }
    }
    if (!canonical.isEmpty()) {
      try {
        String host = new URI(canonical).getHost();
        if (host != null) {
          return host;
        }
      } catch (URISyntaxException e) {
        // a malformed canonical link only costs the publisher
      }
    }
    return "";
  }

  private static @Nullable Integer year(org.jsoup.nodes.Document page) {
    for (String query :
        List.of(
            "meta[name=citation_publication_date]",
            "meta[name=citation_date]",
            "meta[name=DC.date]",
            "meta[name=dcterms.created]",
            "meta[property=article:published_time]",
            "meta[name=dcterms.modified]",
            "meta[property=article:modified_time]")) {
      Matcher m = YEAR.matcher(page.select(query).attr("content"));
      if (m.find()) {
        return Integer.valueOf(m.group());
      }
    }
    return null;
  }

  private static String withoutScheme(String url) {
    String s = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
    int hash = s.indexOf('#');
    s = hash >= 0 ? s.substring(0, hash) : s;
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  static String fileStem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static MalformedInputException malformed(String file, String message) {
    return new MalformedInputException(List.of(new Problem(file, 0, message)));
  }
}
