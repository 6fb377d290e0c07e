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
                .layer("app").definedBy("vn.plandesk.app..")
                .layer("ui").definedBy("vn.plandesk.ui..")
                .layer("service").definedBy("vn.plandesk.service..")
                .layer("io").definedBy("vn.plandesk.io..")
                .layer("store").definedBy("vn.plandesk.store..")
                .layer("model").definedBy("vn.plandesk.model..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("service").mayOnlyBeAccessedByLayers("app", "ui")
                .whereLayer("io").mayOnlyBeAccessedByLayers("app", "service")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app", "service")
                .whereLayer("model").mayOnlyBeAccessedByLayers("app", "ui", "service", "io", "store")
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
