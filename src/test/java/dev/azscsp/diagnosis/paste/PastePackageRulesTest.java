package dev.azscsp.diagnosis.paste;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The reader is plain Java over the catalog: no UI toolkit, no Azure SDK, no JSON library. */
class PastePackageRulesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.azscsp.diagnosis.paste");

    @Test
    void dependsOnlyOnTheCatalogI18nSyntaxAndPrecedence() {
        classes().that().resideInAPackage("dev.azscsp.diagnosis.paste..")
                .should().onlyDependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("are Java, the catalog, i18n, ARM syntax or Precedence",
                                c -> c.getPackageName().startsWith("java.")
                                        || c.getPackageName().startsWith("dev.azscsp.diagnosis.paste")
                                        || c.getPackageName().equals("dev.azscsp.catalog")
                                        || c.getPackageName().equals("dev.azscsp.i18n")
                                        || c.getPackageName().equals("dev.azscsp.syntax")
                                        || c.getFullName().equals("dev.azscsp.diagnosis.Precedence")
                                        || c.isPrimitive() || c.isArray() && c.getBaseComponentType().isPrimitive()))
                .check(MAIN);
    }
}
