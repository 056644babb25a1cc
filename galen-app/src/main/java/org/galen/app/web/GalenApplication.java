package org.galen.app.web;

import java.util.Map;
import org.galen.app.Engine;
import org.galen.app.GalenHome;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** The Spring Boot web app: the ask page at {@code /} and {@code POST /api/v1/answers}. */
@SpringBootApplication
public class GalenApplication {

  /** Starts the server on {@code port}; 0 picks a free port. */
  public static ConfigurableApplicationContext start(int port) {
    SpringApplication app = new SpringApplication(GalenApplication.class);
    app.setDefaultProperties(Map.of("server.port", Integer.toString(port)));
    return app.run();
  }

  @Bean(destroyMethod = "close")
  Engine engine() {
    return Engine.open(GalenHome.fromEnvironment(System.getenv()));
  }
}
