package org.galen.ingest.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.galen.ingest.Document;
import org.galen.ingest.Parsed;
import org.galen.ingest.ReaderContractTest;
import org.junit.jupiter.api.Test;

/**
 * The reader contract plus what every XML reader must also survive: a file that declares an
 * external entity pointing at a secret on this machine, one that pulls in an external DTD through a
 * parameter entity, and a billion-laughs bomb. Each attack is planted in a real record of the
 * reader's own format, where its text would otherwise land in a source.
 */
public abstract class XmlReaderContractTest extends ReaderContractTest {
  private static final String SECRET = "GALEN-SECRET-7f3a9c";

  /** An opening tag in the valid file whose text ends up in a source, e.g. "<ArticleTitle>". */
  protected abstract String entityTarget();

  @Test
  void anExternalEntityIsNeverResolved() throws IOException {
    Path secret = Files.writeString(tmp.resolve("secret.txt"), SECRET);
    Path file =
        plant("<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">", "&xxe;", "xxe-" + fileName());

    List<Parsed> parsed = readLikeIngest(file);

    assertNoSecret(parsed);
    assertThat(parsed).anySatisfy(p -> assertThat(p).isInstanceOf(Parsed.Skipped.class));
  }

  @Test
  void anExternalDtdThroughAParameterEntityIsNeverFetched() throws IOException {
    Path secret = Files.writeString(tmp.resolve("secret.dtd"), "<!ENTITY leak \"" + SECRET + "\">");
    Path file =
        plant(
            "<!ENTITY % ext SYSTEM \"" + secret.toUri() + "\"> %ext;",
            "&leak;",
            "dtd-" + fileName());

    List<Parsed> parsed = readLikeIngest(file);

    assertNoSecret(parsed);
    assertThat(parsed).anySatisfy(p -> assertThat(p).isInstanceOf(Parsed.Skipped.class));
  }

  @Test
  void aBillionLaughsFileIsRejectedWithoutExpanding() throws IOException {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    Path file = plant(dtd.toString(), "&lol9;", "lol-" + fileName());

    List<Parsed> parsed =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> readLikeIngest(file));

    for (Document d : documents(parsed)) {
      assertThat(d.source().text()).doesNotContain("lollollol");
    }
    assertThat(parsed).anySatisfy(p -> assertThat(p).isInstanceOf(Parsed.Skipped.class));
  }

  @Test
  void theSharedParserRefusesDtdsAndExternalEntities() {
    var factory = SecureXml.newFactory();

    assertThat(factory.getProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
    assertThat(
            factory.getProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES))
        .isEqualTo(false);
  }

  /** The valid file with a DOCTYPE of our own and the entity reference in the target's text. */
  private Path plant(String declarations, String reference, String name) throws IOException {
    String xml = Files.readString(validFile(tmp), StandardCharsets.UTF_8);
    xml = xml.replaceFirst("(?s)<!DOCTYPE[^\\[>]*(\\[.*?\\])?\\s*>", "");
    int rootStart = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") : 0);
    xml =
        xml.substring(0, rootStart)
            + "<!DOCTYPE root ["
            + declarations
            + "]>\n"
            + xml.substring(rootStart);
    int target = xml.indexOf(entityTarget());
    assertThat(target).as("the valid file has " + entityTarget()).isNotNegative();
    int at = target + entityTarget().length();
    xml = xml.substring(0, at) + reference + " " + xml.substring(at);
    return Files.writeString(tmp.resolve(name), xml, StandardCharsets.UTF_8);
  }

  private static void assertNoSecret(List<Parsed> parsed) {
    for (Parsed p : parsed) {
      assertThat(p.toString()).doesNotContain(SECRET);
    }
  }
}
