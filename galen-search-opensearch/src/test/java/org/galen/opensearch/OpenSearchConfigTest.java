package org.galen.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.galen.core.GalenException;
import org.junit.jupiter.api.Test;

class OpenSearchConfigTest {
  @Test
  void readsNodesAndLayoutFromTheEnvironment() {
    OpenSearchConfig c =
        OpenSearchConfig.fromEnvironment(
            Map.of(
                "GALEN_OPENSEARCH_URL", "http://10.0.0.1:9200/, http://10.0.0.2:9200",
                "GALEN_OPENSEARCH_INDEX", "clinic",
                "GALEN_OPENSEARCH_SHARDS", "4",
                "GALEN_OPENSEARCH_BULK", "250"));

    assertThat(c.nodes())
        .containsExactly(URI.create("http://10.0.0.1:9200"), URI.create("http://10.0.0.2:9200"));
    assertThat(c.passages()).isEqualTo("clinic-passages");
    assertThat(c.shards()).isEqualTo(4);
    assertThat(c.replicas()).isEqualTo(1);
    assertThat(c.bulkSize()).isEqualTo(250);
  }

  @Test
  void credentialsBecomeABasicAuthorizationHeaderThatToStringNeverShows() {
    OpenSearchConfig c =
        OpenSearchConfig.fromEnvironment(
            Map.of(
                "GALEN_OPENSEARCH_URL", "https://os-1:9200",
                "GALEN_OPENSEARCH_USER", "galen",
                "GALEN_OPENSEARCH_PASSWORD", "s3cret"));

    // RFC 7617: base64 of "galen:s3cret"
    assertThat(c.authorization()).isEqualTo("Basic Z2FsZW46czNjcmV0");
    assertThat(c.toString()).contains("with credentials").doesNotContain("s3cret", "Z2FsZW46");
    assertThat(OpenSearchConfig.fromEnvironment(Map.of("GALEN_OPENSEARCH_URL", "http://a:9200")))
        .extracting(OpenSearchConfig::authorization)
        .isNull();
  }

  @Test
  void aUserWithoutAPasswordIsNamed() {
    assertThatThrownBy(
            () ->
                OpenSearchConfig.fromEnvironment(
                    Map.of("GALEN_OPENSEARCH_URL", "http://a:9200", "GALEN_OPENSEARCH_USER", "x")))
        .hasMessageContaining("GALEN_OPENSEARCH_USER and GALEN_OPENSEARCH_PASSWORD go together");
  }

  @Test
  void namesWhatIsWrongWithBadSettings() {
    assertThatThrownBy(() -> OpenSearchConfig.fromEnvironment(Map.of()))
        .isInstanceOf(GalenException.class)
        .hasMessageContaining("GALEN_OPENSEARCH_URL");
    assertThatThrownBy(
            () -> OpenSearchConfig.fromEnvironment(Map.of("GALEN_OPENSEARCH_URL", "localhost")))
        .hasMessageContaining("'localhost', not an http(s) address");
    assertThatThrownBy(
            () ->
                OpenSearchConfig.fromEnvironment(
                    Map.of(
                        "GALEN_OPENSEARCH_URL", "http://a:9200", "GALEN_OPENSEARCH_SHARDS", "two")))
        .hasMessageContaining("GALEN_OPENSEARCH_SHARDS must be a whole number, was 'two'");
    assertThatThrownBy(
            () -> OpenSearchConfig.of(List.of(URI.create("http://a:9200")), "Galen Library"))
        .hasMessageContaining("index prefix");
  }
}
