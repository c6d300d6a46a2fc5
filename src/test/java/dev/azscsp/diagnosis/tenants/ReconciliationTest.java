package dev.azscsp.diagnosis.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.azscsp.diagnosis.Text;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.bulk.BulkRow;
import dev.azscsp.diagnosis.tenants.Reconciliation.Difference;
import dev.azscsp.diagnosis.tenants.Reconciliation.Group;
import dev.azscsp.diagnosis.tenants.Reconciliation.Row;
import dev.azscsp.i18n.Language;

/** The four groups and the shared-tenant flag, from plain data: no Azure, no window. */
class ReconciliationTest {
    static final RegistrationRef REF = new RegistrationRef("dd8597b4-8739-4467-8b10-f8679f62bfbf", "azurestack", "reg1");

    static String sub(int i) { return String.format("%08x-1111-4000-8000-%012x", i, i); }
    static String tenant(int i) { return String.format("%08x-2222-4000-8000-%012x", i, i); }

    static CustomerSubscription mapping(String sub, String tenant) {
        return new CustomerSubscription(REF.customerSubscriptionId(sub), sub, tenant);
    }

    static TenantListing listed(CustomerSubscription... mappings) {
        return new TenantListing(REF, List.of(mappings), null, Duration.ofMillis(5), Map.of(), List.of(), false);
    }

    static BulkRow line(int n, String sub, String tenant, String label) { return new BulkRow(n, sub, tenant, label, null); }

    @Test
    void eachExpectedLineAndEachMappingLandsInExactlyOneGroupWithItsCount() {
        TenantListing listing = listed(mapping(sub(1), tenant(1)), mapping(sub(2), tenant(2)), mapping(sub(3), tenant(3)),
                mapping(sub(4), tenant(99)), mapping(sub(5), null));
        List<BulkRow> expected = List.of(line(2, sub(1), tenant(1), "one"), line(3, sub(2), null, "two, no tenant given"),
                line(4, sub(4), tenant(4), "four"), line(5, sub(5), tenant(5), "five"), line(6, sub(6), tenant(6), "six"));

        Reconciliation r = Reconciliation.of(listing, expected);

        assertThat(r.count(Group.MAPPED_AND_EXPECTED)).isEqualTo(2);
        assertThat(r.count(Group.EXPECTED_NOT_MAPPED)).isEqualTo(1);
        assertThat(r.count(Group.MAPPED_NOT_EXPECTED)).isEqualTo(1);
        assertThat(r.count(Group.MAPPED_DIFFERENTLY)).isEqualTo(2);
        assertThat(r.count(Group.NOT_VERIFIED)).isZero();
        assertThat(r.rows()).hasSize(6);
        assertThat(r.rows(Group.MAPPED_NOT_EXPECTED)).extracting(Row::subscriptionId).containsExactly(sub(3));
        assertThat(r.rows(Group.EXPECTED_NOT_MAPPED)).extracting(Row::subscriptionId).containsExactly(sub(6));
        assertThat(r.rows(Group.MAPPED_DIFFERENTLY)).extracting(Row::difference).containsExactly(Difference.OTHER_TENANT, Difference.NO_TENANT);
        assertThat(r.conclusive()).isTrue();
        assertThat(r.inAgreement()).isFalse();
    }

    @Test
    void anIdMappedInAnotherLetterCaseIsMappedDifferentlyNotTwiceCounted() {
        String lower = "e09a4e93-29a7-4eba-a6d4-76202383f07f", upper = lower.toUpperCase();
        Reconciliation r = Reconciliation.of(listed(mapping(upper, tenant(7))), List.of(line(2, lower, tenant(7), null)));

        assertThat(r.rows()).singleElement().satisfies(row -> {
            assertThat(row.group()).isEqualTo(Group.MAPPED_DIFFERENTLY);
            assertThat(row.difference()).isEqualTo(Difference.OTHER_CASE);
            assertThat(row.mapping().subscriptionId()).isEqualTo(upper);
        });
        assertThat(r.count(Group.MAPPED_NOT_EXPECTED)).isZero();
    }

    @Test
    void tenantIdsAreComparedAsGuidsWithoutLetterCaseOrBraces() {
        Reconciliation r = Reconciliation.of(listed(mapping(sub(1), tenant(1))),
                List.of(line(2, " {" + sub(1) + "} ", "{" + tenant(1).toUpperCase() + "}", null)));
        assertThat(r.inAgreement()).isTrue();
    }

    @Test
    void twoExpectedSubscriptionsOfOneTenantAreFlaggedAndThePutThatWouldReplaceAMappingIsNamed() {
        // Tenant 1 is mapped with subscription 1; the file also expects subscription 8 for it.
        Reconciliation r = Reconciliation.of(listed(mapping(sub(1), tenant(1))),
                List.of(line(2, sub(1), tenant(1), "main"), line(3, sub(8), tenant(1).toUpperCase(), "second")));

        assertThat(r.sharedTenants()).singleElement().satisfies(s -> {
            assertThat(s.tenantId()).isEqualTo(tenant(1));
            assertThat(s.lines()).extracting(BulkRow::line).containsExactly(2, 3);
        });
        Row second = r.rows(Group.EXPECTED_NOT_MAPPED).get(0);
        assertThat(second.tenantElsewhere().subscriptionId()).as("a PUT for line 3 replaces subscription 1's mapping").isEqualTo(sub(1));
        assertThat(r.sharedTenantOf(second.expected())).isNotNull();
        assertThat(r.inAgreement()).isFalse();
    }

    @Test
    void badAndRepeatedLinesAreReportedWithTheirReasonNeverDropped() {
        List<BulkRow> expected = new ArrayList<>(List.of(line(2, sub(1), null, null), line(3, "not-a-guid", null, null),
                line(4, sub(2), "nope", null), line(5, " " + sub(1) + " ", null, "again"),
                new BulkRow(6, null, null, null, Text.of("bulk.line.noSubscription"))));
        Reconciliation r = Reconciliation.of(listed(mapping(sub(1), null)), expected);

        assertThat(r.unusable()).extracting(u -> u.line().line()).containsExactly(3, 4, 5, 6);
        assertThat(r.unusable()).extracting(u -> u.reason().in(Language.EN)).containsExactly(
                "the customerSubscriptionId is not a GUID", "the customerTenantId is not a GUID",
                "repeats line 2 (the same customer subscription)", "no customerSubscriptionId on this line");
        assertThat(r.unusable().get(2).reason().in(Language.FR)).isEqualTo("répète la ligne 2 (le même abonnement client)");
        assertThat(r.count(Group.MAPPED_AND_EXPECTED)).isEqualTo(1);
        assertThat(r.inAgreement()).as("bad lines are a difference").isFalse();
    }

    @Test
    void afterAnEmptyListOnlyDirectLookupsDecideAndNothingIsConclusive() {
        ArmFailure notFound = ArmFailure.of(ArmFailure.Kind.NOT_FOUND).status(404).code("CustomerSubscriptionNotFound").build();
        ArmFailure network = ArmFailure.of(ArmFailure.Kind.NETWORK).message("connection reset").build();
        TenantListing empty = new TenantListing(REF, List.of(), null, Duration.ofMillis(3), Map.of(), List.of(
                new DirectLookup(sub(1), mapping(sub(1), tenant(1)), null, Duration.ofMillis(1)),
                new DirectLookup(sub(2), null, notFound, Duration.ofMillis(1)),
                new DirectLookup(sub(3), null, network, Duration.ofMillis(1))), false);

        Reconciliation r = Reconciliation.of(empty, List.of(line(2, sub(1), tenant(1), null), line(3, sub(2), null, null),
                line(4, sub(3), null, null), line(5, sub(4), null, null)));

        assertThat(empty.inconclusive()).isTrue();
        assertThat(r.conclusive()).isFalse();
        assertThat(r.rows(Group.MAPPED_AND_EXPECTED)).extracting(Row::subscriptionId).containsExactly(sub(1));
        assertThat(r.rows(Group.EXPECTED_NOT_MAPPED)).extracting(Row::subscriptionId).containsExactly(sub(2));
        assertThat(r.rows(Group.NOT_VERIFIED)).extracting(Row::subscriptionId).containsExactly(sub(3), sub(4));
        assertThat(r.inAgreement()).isFalse();
    }

    @Test
    void aCustomerSubscriptionNotVisibleToTheSignInIsSaidSoNeverBlank() {
        ArmFailure forbidden = ArmFailure.of(ArmFailure.Kind.FORBIDDEN).status(403).code("AuthorizationFailed").build();
        CustomerDetails d = CustomerDetails.failed(sub(1), forbidden, Duration.ofMillis(2));
        assertThat(d.offer()).isEqualTo(CustomerDetails.Offer.NOT_READABLE);
        assertThat(d.displayName().in(Language.EN)).isEqualTo("not readable with this sign-in");
        assertThat(d.offerText().in(Language.FR)).isEqualTo("non lisible avec cette connexion");
        CustomerDetails slow = CustomerDetails.failed(sub(1), ArmFailure.of(ArmFailure.Kind.TIMEOUT).build(), Duration.ofMillis(2));
        assertThat(slow.state().in(Language.EN)).isEqualTo("not read: timeout");
    }
}
