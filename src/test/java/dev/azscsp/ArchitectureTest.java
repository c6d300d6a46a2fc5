package dev.azscsp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    static void mayOnlyUse(String pkg, String... allowed) {
        String[] ours = {"dev.azscsp.syntax..", "dev.azscsp.i18n..", "dev.azscsp.catalog..", "dev.azscsp.diagnosis..", "dev.azscsp.azure..",
                "dev.azscsp.demo..", "dev.azscsp.report..", "dev.azscsp.settings..", "dev.azscsp.app..", "dev.azscsp.ui..",
                "dev.azscsp.cli.."};
        java.util.List<String> forbidden = new java.util.ArrayList<>();
        for (String p : ours) {
            if (p.equals(pkg)) continue;
            if (java.util.Arrays.asList(allowed).contains(p)) continue;
            forbidden.add(p);
        }
        ArchRule rule = noClasses().that().resideInAPackage(pkg).should().dependOnClassesThat()
                .resideInAnyPackage(forbidden.toArray(String[]::new));
        rule.allowEmptyShould(true).check(classes);
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
