package org.galen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.net.URL;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The command line's logging: its own warnings, not the embedding runtime's GPU probe. */
class CliLoggingTest {
  @Test
  void theEmbeddingRuntimesNoGpuWarningIsNotPrintedOnEveryCall() throws Exception {
    URL config =
        Objects.requireNonNull(
            getClass().getClassLoader().getResource("org/galen/app/cli/logback-cli.xml"));
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(config);

    // "WARN ai.djl.util.cuda.CudaUtils: Failed to detect GPU count", twice per call before
    assertThat(context.getLogger("ai.djl.util.cuda.CudaUtils").isWarnEnabled()).isFalse();
    assertThat(context.getLogger("ai.djl.util.cuda.CudaUtils").isErrorEnabled()).isTrue();
    assertThat(context.getLogger("org.galen.index.LibraryIndex").isWarnEnabled()).isTrue();
    context.stop();
  }
}
