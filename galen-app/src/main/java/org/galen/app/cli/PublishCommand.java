package org.galen.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.galen.app.Engine;
import org.galen.app.GalenHome;
import org.galen.app.editorial.Editorial;
import org.galen.core.Audience;
import org.galen.store.Actor;
import org.galen.store.Store;
import org.galen.store.StoreException;
import org.galen.store.article.Article;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galen publish}: answer a question and save it as an article, submitted for review. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description =
        "Answer a question and save it as an article (version 1, submitted for review by the"
            + " Medical Advisory Board).")
final class PublishCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--audience",
      defaultValue = "clinician",
      description = "clinician (default) or patient.")
  String audience = "clinician";

  @Option(
      names = "--as",
      paramLabel = "USER",
      description =
          "Save as this editor (an existing account); default: Galen itself, so any reviewer may"
              + " approve it.")
  @Nullable String as;

  @Parameters(arity = "1", paramLabel = "QUESTION", description = "The question, in quotes.")
  String question = "";

  @Override
  public Integer call() {
    GalenHome home = GalenHome.fromEnvironment(System.getenv());
    // the database first: a running server holds it, and then there is no need to load the library
    try (Store store =
            Databases.open(home, "publish", "save the answer on the server's /editorial page");
        Engine engine = Engine.open(home)) {
      Actor actor =
          as == null
              ? store.accounts().system().actor()
              : store
                  .accounts()
                  .find(as)
                  .orElseThrow(() -> new StoreException.NotFound("no user named " + as))
                  .actor();
      Article a = new Editorial(store, engine).publish(actor, question, Audience.parse(audience));
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "published '" + a.slug() + "' (version 1, submitted for review): /articles/" + a.slug());
      out.flush();
      return 0;
    }
  }
}
