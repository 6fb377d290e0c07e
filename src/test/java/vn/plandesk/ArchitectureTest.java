package vn.plandesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers' arrows point down only (docs/architecture.md). */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.plandesk");
    }

    @Test
    void layersLookOnlyDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("bench").definedBy("vn.plandesk.bench..")
                .layer("app").definedBy("vn.plandesk.app")
                .layer("cli").definedBy("vn.plandesk.app.cli..")
                .layer("ui").definedBy("vn.plandesk.ui..")
                .layer("service").definedBy("vn.plandesk.service..")
                .layer("io").definedBy("vn.plandesk.io..")
                .layer("store").definedBy("vn.plandesk.store..")
                .layer("model").definedBy("vn.plandesk.model..")
                .whereLayer("bench").mayNotBeAccessedByAnyLayer()
                // the CLI opens the store through the app's Services; the launcher hands a command line to the CLI
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "bench")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app", "bench")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app", "bench")
                .whereLayer("service").mayOnlyBeAccessedByLayers("app", "cli", "ui", "bench")
                .whereLayer("io").mayOnlyBeAccessedByLayers("app", "cli", "service", "bench")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app", "cli", "service", "bench")
                .whereLayer("model").mayOnlyBeAccessedByLayers("app", "cli", "ui", "service", "io", "store", "bench")
                .check(classes);
    }

    /** The headless rooms run without a display: none of them touches JavaFX or the window. */
    @Test
    void onlyTheWindowAndTheBenchmarksUseJavaFx() {
        noClasses().that().resideInAnyPackage("vn.plandesk.model..", "vn.plandesk.store..", "vn.plandesk.service..",
                        "vn.plandesk.io..", "vn.plandesk.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "vn.plandesk.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.plandesk.app.cli..")
                .should().dependOnClassesThat().haveFullyQualifiedName("vn.plandesk.app.DesktopApp")
                .check(classes);
    }

    /** The benchmarks may see everything; nothing sees them (the CLI finds their commands as a service). */
    @Test
    void nothingDependsOnTheBenchmarks() {
        noClasses().that().resideOutsideOfPackage("vn.plandesk.bench..")
                .should().dependOnClassesThat().resideInAPackage("vn.plandesk.bench..")
                .check(classes);
    }

    @Test
    void uiNeverTouchesTheStoreOrFiles() {
        noClasses().that().resideInAPackage("vn.plandesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.plandesk.store..", "vn.plandesk.io..", "java.sql..")
                .check(classes);
    }

    @Test
    void modelIsPlainJava() {
        noClasses().that().resideInAPackage("vn.plandesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..",
                        "org.apache..", "com.itextpdf..", "org.h2..")
                .check(classes);
    }

    @Test
    void storeAndIoDoNotSeeEachOther() {
        noClasses().that().resideInAPackage("vn.plandesk.store..")
                .should().dependOnClassesThat().resideInAPackage("vn.plandesk.io..").check(classes);
        noClasses().that().resideInAPackage("vn.plandesk.io..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.plandesk.store..", "java.sql..").check(classes);
    }

    /** Drawing (the timeline's display list, painter, colours, paper) has a room of its own, seeing only the model. */
    @Test
    void drawingSeesOnlyTheModelAndTheModelNotIt() {
        noClasses().that().resideInAPackage("vn.plandesk.draw..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.plandesk.app..", "vn.plandesk.ui..",
                        "vn.plandesk.service..", "vn.plandesk.io..", "vn.plandesk.store..", "javafx..", "java.sql..",
                        "com.fasterxml..", "org.apache..", "com.itextpdf..", "org.h2..")
                .check(classes);
        noClasses().that().resideInAnyPackage("vn.plandesk.model..", "vn.plandesk.store..")
                .should().dependOnClassesThat().resideInAPackage("vn.plandesk.draw..").check(classes);
    }

    @Test
    void noCyclesBetweenFeaturePackages() {
        slices().matching("vn.plandesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** A view model holds state and commands, never controls: it is tested without a window (docs/architecture.md). */
    @Test
    void viewModelsHoldNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }
}
