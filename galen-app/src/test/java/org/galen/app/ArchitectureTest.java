package org.galen.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The pipeline's dependencies point one way, and framework code stays where it belongs. */
class ArchitectureTest {
  private static final JavaClasses GALEN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.galen");

  @Test
  void modulesHaveNoCycles() {
    slices().matching("org.galen.(*)..").should().beFreeOfCycles().check(GALEN);
  }

  @Test
  void composeNeverTouchesLucene() {
    noClasses()
        .that()
        .resideInAPackage("org.galen.compose..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(GALEN);
  }

  @Test
  void onlyTheAppKnowsSpring() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.galen.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework..")
        .check(GALEN);
  }

  @Test
  void coreDependsOnNothingElseOfGalen() {
    noClasses()
        .that()
        .resideInAPackage("org.galen.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.galen.ingest..",
            "org.galen.index..",
            "org.galen.retrieve..",
            "org.galen.compose..",
            "org.galen.opensearch..",
            "org.galen.app..")
        .check(GALEN);
  }

  @Test
  void onlyTheAppChoosesTheSearchBackend() {
    // the pipeline sees the SearchBackend seam; which backend it gets is wired in the app
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.galen.ingest..",
            "org.galen.index..",
            "org.galen.retrieve..",
            "org.galen.compose..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.galen.opensearch..")
        .check(GALEN);
  }
}
