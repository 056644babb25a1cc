package org.galen.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.galen.app.Engine;
import org.galen.app.web.AnswerView;
import org.galen.app.web.AskPage;
import org.galen.app.web.GalenApplication;
import org.galen.app.web.Links;
import org.galen.core.Audience;
import org.galen.core.GalenException;
import org.galen.core.Question;
import org.galen.core.answer.Answer;
import org.springframework.context.ConfigurableApplicationContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galen bench-page}: server-side time of the answer page, split into composing the answer,
 * rendering the page (view model and template) and the whole HTTP GET on a local server.
 */
@Command(
    name = "bench-page",
    mixinStandardHelpOptions = true,
    description =
        "Measure server-side rendering of the answer page (compose, render, full HTTP GET),"
            + " median and p95, for clinicians and patients.")
final class PageBenchCommand implements Callable<Integer> {
  static final String SEED =
      "What is the best treatment for sciatica pain localized to the upper hamstring and glute?";

  @Spec CommandSpec spec;

  @Option(names = "--runs", defaultValue = "50", description = "Timed runs (default 50).")
  int runs = 50;

  @Option(names = "--warmup", defaultValue = "30", description = "Untimed runs first (default 30).")
  int warmup = 30;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUESTION",
      description = "Questions to time (default: the seed question).")
  List<String> questions = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<String> qs = questions.isEmpty() ? List.of(SEED) : questions;
    System.setProperty("logging.level.root", "WARN");
    // the bench is one client asking as fast as it can: lift the per-client limit in-process
    if (System.getProperty("galen.answers.requests-per-minute") == null) {
      System.setProperty("galen.answers.requests-per-minute", "1000000000");
    }
    try (ConfigurableApplicationContext app = GalenApplication.start(0)) {
      String port = app.getEnvironment().getProperty("local.server.port");
      if (port == null) {
        throw new GalenException("the web server did not report its port");
      }
      Engine engine = app.getBean(Engine.class);
      ITemplateEngine templates = app.getBean(ITemplateEngine.class);
      HttpClient http = HttpClient.newHttpClient();
      for (String q : qs) {
        for (Audience audience : Audience.values()) {
          Question question = Question.of(q, audience);
          String url = "http://localhost:" + port + Links.ask(q, audience.wire(), List.of());
          List<Double> compose = new ArrayList<>();
          List<Double> render = new ArrayList<>();
          List<Double> get = new ArrayList<>();
          int bytes = 0;
          for (int i = 0; i < warmup + runs; i++) {
            long t0 = System.nanoTime();
            Answer a = engine.answer(question);
            long t1 = System.nanoTime();
            Map<String, Object> model =
                AskPage.model(q, audience.wire(), List.of(), AnswerView.of(a, List.of()), null);
            String html = templates.process("ask", new Context(Locale.ENGLISH, model));
            long t2 = System.nanoTime();
            HttpResponse<String> r =
                http.send(
                    HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long t3 = System.nanoTime();
            if (r.statusCode() != 200) {
              throw new GalenException("GET " + url + " answered " + r.statusCode());
            }
            if (i >= warmup) {
              compose.add((t1 - t0) / 1e6);
              render.add((t2 - t1) / 1e6);
              get.add((t3 - t2) / 1e6);
            }
            bytes = html.length();
          }
          out.printf(
              Locale.ROOT,
              "%-9s %-60.60s%n  compose  median %6.2f ms  p95 %6.2f ms%n"
                  + "  render   median %6.2f ms  p95 %6.2f ms  (view model + template, %d chars)%n"
                  + "  HTTP GET median %6.2f ms  p95 %6.2f ms  (whole request on localhost)%n",
              audience.wire(),
              q,
              BenchCommand.pct(compose, 50),
              BenchCommand.pct(compose, 95),
              BenchCommand.pct(render, 50),
              BenchCommand.pct(render, 95),
              bytes,
              BenchCommand.pct(get, 50),
              BenchCommand.pct(get, 95));
          out.flush();
        }
      }
    }
    return 0;
  }
}
