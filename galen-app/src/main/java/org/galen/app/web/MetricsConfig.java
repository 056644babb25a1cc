package org.galen.app.web;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the metrics may say about the machine: nothing about where Galen is installed. */
@Configuration
class MetricsConfig {
  /**
   * The disk space gauges are tagged with the folder they measure, the install path; metrics are
   * scraped over the network, so the tag says only that it is Galen's folder.
   */
  @Bean
  MeterFilter noFilesystemPaths() {
    return MeterFilter.replaceTagValues("path", path -> "galen");
  }
}
