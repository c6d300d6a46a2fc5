package dev.azscsp.azure;

import static dev.azscsp.azure.Fixtures.REF;
import static dev.azscsp.azure.Fixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.ArmFailure.Kind;

/**
 * A list is bounded as a whole, not only per page: pages of at most 8 MiB, 10,000 of them, could otherwise hold
 * billions of tiny items, every one kept in memory.
 */
class ArmListBoundsTest {
    @RegisterExtension private static final FakeArm fake = FakeArm.start();

    /** A page of {@code n} minimal mappings, each only a name, under the 8 MiB a page may weigh. */
    static String page(int n, String nextLink) {
        StringBuilder b = new StringBuilder(n * 16 + 200).append("{\"value\":[");
        for (int i = 0; i < n; i++) b.append(i == 0 ? "" : ",").append("{\"name\":\"r/x\"}");
        b.append(']');
        if (nextLink != null) b.append(",\"nextLink\":\"").append(nextLink).append('"');
        return b.append('}').toString();
    }

    @Test
    void aListOfMoreThanAMillionItemsStopsWithAMalformedAnswerInsteadOfFillingTheMemory() {
        Fixtures.healthy(fake);
        String next = fake.endpoint() + REF.resourceId().substring(1) + "/customerSubscriptions?api-version=2017-06-01&$skipToken=1";
        int half = ArmRegistrationApi.MAX_ITEMS / 2 + 1;   // two pages: one item more than the bound
        fake.inject(Fault.body(200, "application/json", page(half, next)).on("/customerSubscriptions$"));
        fake.inject(Fault.body(200, "application/json", page(half, null)).on("/customerSubscriptions$"));

        ArmFailure f = failureOf(() -> fake.connect().customerSubscriptions(REF));

        assertThat(f.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(f.getMessage()).contains("more than 1000000 items", "stopped after 2 pages");
    }
}
