package dev.azscsp.diagnosis.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.SubscriptionInfo;

/** Rows share their check threads and one timer: a row past its time limit still ends, alone, and the rest go on. */
class BulkTimeLimitTest {
    @Test
    void aRowPastItsTimeLimitIsIncompleteAndTheOthersAreNot() throws Exception {
        String stuck = BulkRunnerTest.CountingApi.cust(4);   // mapped: nothing else is wrong with it
        BulkRunnerTest.CountingApi api = new BulkRunnerTest.CountingApi() {
            @Override
            public SubscriptionInfo subscription(String id) throws ArmFailure {
                if (id.equals(stuck)) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        throw ArmFailure.of(ArmFailure.Kind.CANCELLED).message("cancelled").build();
                    }
                }
                return super.subscription(id);
            }
        };
        List<BulkRow> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) rows.add(new BulkRow(i + 2, BulkRunnerTest.CountingApi.cust(i), null, null, null));
        List<BulkResult> out = new CopyOnWriteArrayList<>();

        new BulkRunner(api, 4, 1000, Duration.ofMillis(500)).run(BulkRunnerTest.REG, rows, Intent.VERIFY, out::add);

        assertThat(out).hasSize(30);
        assertThat(out).filteredOn(r -> r.row().customerSubscriptionId().equals(stuck)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RowStatus.INCOMPLETE);
            assertThat(r.primaryCode()).isEqualTo("RequestTimedOut");
        });
        assertThat(out).filteredOn(r -> !r.row().customerSubscriptionId().equals(stuck))
                .allSatisfy(r -> assertThat(r.status()).isIn(RowStatus.OK, RowStatus.PROBLEM));
    }
}
