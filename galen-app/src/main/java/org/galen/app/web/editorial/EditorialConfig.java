package org.galen.app.web.editorial;

import org.galen.app.Engine;
import org.galen.app.GalenHome;
import org.galen.app.editorial.Editorial;
import org.galen.app.editorial.LivingAnswers;
import org.galen.store.Store;
import org.galen.store.StoreConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The editorial store (H2 under the data directory unless {@code GALEN_DB_URL} says otherwise) and
 * the services on it. Living answers catch up with the starter library refresh done at startup.
 */
@Configuration
class EditorialConfig {
  private static final Logger LOG = LoggerFactory.getLogger(EditorialConfig.class);

  @Bean(destroyMethod = "close")
  Store store(Environment env) {
    GalenHome home = GalenHome.fromEnvironment(System.getenv());
    return Store.open(StoreConfig.from(key -> env.getProperty(key), home.db()));
  }

  @Bean
  Editorial editorial(Store store, Engine engine) {
    return new Editorial(store, engine);
  }

  @Bean
  LivingAnswers livingAnswers(Editorial editorial, Engine engine) {
    LivingAnswers living = new LivingAnswers(editorial, LOG::info);
    engine.replayStartupChanges(living);
    return living;
  }
}
