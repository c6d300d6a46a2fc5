package dev.azscsp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of ARCHITECTURE.md, as rules: a wrong import fails the build. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.azscsp");
    }

    static final String[] OURS = {"dev.azscsp.syntax..", "dev.azscsp.i18n..", "dev.azscsp.catalog..", "dev.azscsp.diagnosis..",
            "dev.azscsp.azure..", "dev.azscsp.demo..", "dev.azscsp.report..", "dev.azscsp.settings..", "dev.azscsp.app..",
            "dev.azscsp.ui..", "dev.azscsp.cli.."};

    /**
     * A rule over a package that holds no class passes whatever the code does (a renamed package would silently
     * switch it off), so every pattern a rule names must match classes, and ArchUnit's empty-should check stays on.
     */
    static void mayOnlyUse(String pkg, String... allowed) {
        java.util.List<String> forbidden = new java.util.ArrayList<>();
        for (String p : OURS) {
            if (p.equals(pkg)) continue;
            if (java.util.Arrays.asList(allowed).contains(p)) continue;
            forbidden.add(p);
        }
        requireClassesIn(pkg);
        for (String p : allowed) requireClassesIn(p);
        ArchRule rule = noClasses().that().resideInAPackage(pkg).should().dependOnClassesThat()
                .resideInAnyPackage(forbidden.toArray(String[]::new));
        rule.check(classes);
    }

    static void requireClassesIn(String pkg) {
        if (classes.that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(pkg)).isEmpty()) {
            throw new AssertionError("no class resides in " + pkg + ": a rule about it would check nothing");
        }
    }

    @Test
    void everyPackageARuleNamesHoldsClasses() {
        for (String p : OURS) requireClassesIn(p);
        assertThatThrownBy(() -> mayOnlyUse("dev.azscsp.nosuchpackage..")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> mayOnlyUse("dev.azscsp.catalog..", "dev.azscsp.nosuchpackage..")).isInstanceOf(AssertionError.class);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.azscsp.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCycleRuleSeesACycle() {
        // The rule above must be able to fail: two test classes that use each other across packages make one.
        JavaClasses cyclic = new ClassFileImporter().importClasses(dev.azscsp.archcycle.a.CycleA.class, dev.azscsp.archcycle.b.CycleB.class);
        assertThat(cyclic.size()).isEqualTo(2);
        assertThatThrownBy(() -> slices().matching("dev.azscsp.archcycle.(*)..").should().beFreeOfCycles().check(cyclic))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void leafPackagesUseNothingOfOurs() {
        mayOnlyUse("dev.azscsp.syntax..");
        mayOnlyUse("dev.azscsp.i18n..");
        mayOnlyUse("dev.azscsp.settings..");
        mayOnlyUse("dev.azscsp.catalog..", "dev.azscsp.syntax..", "dev.azscsp.i18n..");
    }

    @Test
    void theDomainOwnsThePortAndKnowsNoAdapter() {
        mayOnlyUse("dev.azscsp.diagnosis..", "dev.azscsp.syntax..", "dev.azscsp.catalog..", "dev.azscsp.i18n..");
    }

    @Test
    void adaptersDependOnTheDomainOnly() {
        mayOnlyUse("dev.azscsp.azure..", "dev.azscsp.syntax..", "dev.azscsp.diagnosis..", "dev.azscsp.i18n..");
        mayOnlyUse("dev.azscsp.demo..", "dev.azscsp.syntax..", "dev.azscsp.diagnosis..", "dev.azscsp.i18n..");
    }

    @Test
    void reportsRenderTheDomainAndTheCatalog() {
        mayOnlyUse("dev.azscsp.report..", "dev.azscsp.syntax..", "dev.azscsp.diagnosis..", "dev.azscsp.catalog..", "dev.azscsp.i18n..");
    }

    @Test
    void onlyTheWiringKnowsConcreteAdapters() {
        noClasses().that().resideInAnyPackage("dev.azscsp.ui..", "dev.azscsp.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.azscsp.azure..").check(classes);
        noClasses().that().resideInAnyPackage("dev.azscsp.ui..", "dev.azscsp.cli..").should().dependOnClassesThat()
                .haveFullyQualifiedName("dev.azscsp.demo.SimulatedAzure").check(classes);
        noClasses().that().resideInAPackage("dev.azscsp.app..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.azscsp.ui..", "dev.azscsp.cli..").check(classes);
    }

    @Test
    void theCoreIsPlainJava() {
        noClasses().that().resideInAnyPackage("dev.azscsp.syntax..", "dev.azscsp.catalog..", "dev.azscsp.diagnosis..", "dev.azscsp.report..",
                        "dev.azscsp.settings..", "dev.azscsp.i18n..", "dev.azscsp.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.azure..", "reactor..")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideInAnyPackage("dev.azscsp.cli..", "dev.azscsp.app..", "dev.azscsp.azure..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..").check(classes);
    }
}
