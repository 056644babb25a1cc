package org.galen.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.galen.app.Engine;
import org.galen.core.Audience;
import org.galen.core.Passage;
import org.galen.core.Source;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** {@code /sources/{id}}: a source's metadata, its passages and the articles that cite it. */
@Controller
class SourceController {
  private final Engine engine;
  private final List<CitingArticles> citing;

  SourceController(Engine engine, List<CitingArticles> citing) {
    this.engine = engine;
    this.citing = citing;
  }

  /** Passages under one section heading and sub-group of the source. */
  record PassageGroup(String section, @Nullable String group, List<PassageView> passages) {}

  /** A passage and, when it is written for one audience only, that audience. */
  record PassageView(String text, @Nullable String audience) {}

  /** {@code {*path}} takes the rest of the path, so DOI ids with slashes work too. */
  @GetMapping("/sources/{*path}")
  String source(@PathVariable("path") String path, Model model) {
    String id = path.startsWith("/") ? path.substring(1) : path;
    Source s =
        engine
            .index()
            .source(id)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "The library holds no source with id '" + id + "'"));
    model.addAttribute("source", s);
    model.addAttribute(
        "pubmedHref",
        s.pmid() == null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + s.pmid() + "/");
    model.addAttribute("doiHref", s.doi() == null ? null : "https://doi.org/" + s.doi());
    model.addAttribute("urlHref", Links.external(s.url()));
    model.addAttribute("groups", groups(engine.index().passages(id)));
    model.addAttribute("articles", citing.stream().flatMap(c -> c.citing(id).stream()).toList());
    return "source";
  }

  static List<PassageGroup> groups(List<Passage> passages) {
    List<PassageGroup> out = new ArrayList<>();
    PassageGroup current = null;
    for (Passage p : passages) {
      String section = p.kind().title(Audience.CLINICIAN);
      if (current == null
          || !current.section().equals(section)
          || !Objects.equals(current.group(), p.group())) {
        current = new PassageGroup(section, p.group(), new ArrayList<>());
        out.add(current);
      }
      current
          .passages()
          .add(new PassageView(p.text(), p.audience() == null ? null : p.audience().wire()));
    }
    return out;
  }
}
