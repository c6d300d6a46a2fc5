package dev.azscsp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writes to Azure have one road: the user confirms, {@code Diagnostician.add} (one customer) or {@code PlanApplier}
 * (a reviewed plan of a registration's mappings) calls {@code RegistrationApi.addCustomerSubscription} or
 * {@code removeCustomerSubscription}, and the adapter's only PUT and only DELETE send them. These rules keep any other
 * code from writing, and they fail the build if a new path appears.
 */
class WritePathsTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.azscsp");
    }

    static DescribedPredicate<JavaMethodCall> callTo(String owner, String method) {
        return DescribedPredicate.describe("a call to " + owner + "." + method,
                c -> c.getTarget().getName().equals(method) && c.getTarget().getOwner().isAssignableTo(owner));
    }

    static final String APPLIER = "dev.azscsp.diagnosis.tenants.PlanApplier";

    @Test
    void onlyTheDiagnosticiansConfirmedStepAndThePlanApplierAddACustomerSubscription() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.azscsp.diagnosis.Diagnostician")
                .and().doNotHaveFullyQualifiedName(APPLIER)
                .should().callMethodWhere(callTo("dev.azscsp.diagnosis.api.RegistrationApi", "addCustomerSubscription"))
                .check(classes);
    }

    @Test
    void onlyThePlanApplierRemovesACustomerSubscription() {
        noClasses().that().doNotHaveFullyQualifiedName(APPLIER)
                .should().callMethodWhere(callTo("dev.azscsp.diagnosis.api.RegistrationApi", "removeCustomerSubscription"))
                .check(classes);
    }

    /** The window and the CLI hand a reviewed plan to the applier; neither writes a mapping itself (the rules above). */
    @Test
    void onlyTheTenantsCommandAndTheWindowsPlanStartAPlanApplier() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.azscsp.cli.TenantsCommand")
                .and().doNotHaveFullyQualifiedName("dev.azscsp.ui.tenants.PlanViewModel")
                .and().doNotHaveFullyQualifiedName(APPLIER)
                .should().callConstructorWhere(DescribedPredicate.describe("new PlanApplier",
                        (com.tngtech.archunit.core.domain.JavaConstructorCall c) -> c.getTarget().getOwner().getName().equals(APPLIER)))
                .check(classes);
    }

    @Test
    void onlyRemoveCustomerSubscriptionSendsADelete() {
        noClasses().should().callMethodWhere(DescribedPredicate.describe("delete outside removeCustomerSubscription",
                (JavaMethodCall c) -> c.getTarget().getName().equals("delete") && c.getTarget().getOwner().getName().equals("dev.azscsp.azure.ArmClient")
                        && !(c.getOrigin().getName().equals("removeCustomerSubscription")
                        && c.getOriginOwner().getName().equals("dev.azscsp.azure.ArmRegistrationApi")))).check(classes);
    }

    @Test
    void onlyAddCustomerSubscriptionSendsAPut() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.azscsp.azure.ArmRegistrationApi")
                .should().callMethodWhere(callTo("dev.azscsp.azure.ArmClient", "put")).check(classes);
        noClasses().should().callMethodWhere(DescribedPredicate.describe("put outside addCustomerSubscription",
                (JavaMethodCall c) -> c.getTarget().getName().equals("put") && c.getTarget().getOwner().getName().equals("dev.azscsp.azure.ArmClient")
                        && !c.getOrigin().getName().equals("addCustomerSubscription"))).check(classes);
    }

    @Test
    void noCodeNamesAWritingHttpMethodButTheClientsPutAndDelete() {
        for (String method : new String[] {"POST", "PATCH"}) {
            noClasses().should().accessField("com.azure.core.http.HttpMethod", method).check(classes);
        }
        for (String method : new String[] {"PUT", "DELETE"}) {
            noClasses().that().doNotHaveFullyQualifiedName("dev.azscsp.azure.ArmClient")
                    .should().accessField("com.azure.core.http.HttpMethod", method).check(classes);
        }
    }

    @Test
    void theRulesSeeTheOneRoadThatExists() {
        // Without this, a predicate that matched nothing would make the rules above pass for the wrong reason.
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that()
                .haveFullyQualifiedName("dev.azscsp.diagnosis.Diagnostician")
                .should().callMethodWhere(callTo("dev.azscsp.diagnosis.api.RegistrationApi", "addCustomerSubscription")).check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that()
                .haveFullyQualifiedName("dev.azscsp.azure.ArmRegistrationApi")
                .should().callMethodWhere(callTo("dev.azscsp.azure.ArmClient", "put")).check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().haveFullyQualifiedName(APPLIER)
                .should().callMethodWhere(callTo("dev.azscsp.diagnosis.api.RegistrationApi", "removeCustomerSubscription")).check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().haveFullyQualifiedName(APPLIER)
                .should().callMethodWhere(callTo("dev.azscsp.diagnosis.api.RegistrationApi", "addCustomerSubscription")).check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().haveFullyQualifiedName("dev.azscsp.azure.ArmRegistrationApi")
                .should().callMethodWhere(callTo("dev.azscsp.azure.ArmClient", "delete")).check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().haveFullyQualifiedName("dev.azscsp.azure.ArmClient")
                .should().accessField("com.azure.core.http.HttpMethod", "DELETE").check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().haveFullyQualifiedName("dev.azscsp.ui.tenants.PlanViewModel")
                .should().callConstructorWhere(DescribedPredicate.describe("new PlanApplier",
                        (com.tngtech.archunit.core.domain.JavaConstructorCall c) -> c.getTarget().getOwner().getName().equals(APPLIER)))
                .check(classes);
    }
}
