package dev.azscsp.diagnosis.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.api.SubscriptionInfo;

/**
 * What a bulk run costs per row must not grow with the registration's list of mappings or with the number of rows:
 * counted in list elements read and rows taken, not in time.
 */
class BulkScaleTest {
    static final int MAPPINGS = 4000;
    static final int ROWS = 200;

    /** A list that counts every element read from it, however it is read (index, iterator, stream). */
    static final class CountingList<T> extends AbstractList<T> implements RandomAccess {
        private final List<T> items;
        final AtomicLong reads = new AtomicLong();

        CountingList(List<T> items) { this.items = items; }

        @Override
        public T get(int index) {
            reads.incrementAndGet();
            return items.get(index);
        }

        @Override public int size() { return items.size(); }
    }

    static String tenant(int i) { return String.format("%08x-2222-4000-8000-000000000000", i); }

    @ParameterizedTest
    @EnumSource(value = Intent.class, names = {"VERIFY", "CHECK_BEFORE_ADD"})
    void eachRowLooksTheSharedMappingListUpInsteadOfScanningIt(Intent intent) throws Exception {
        List<CustomerSubscription> mapped = new ArrayList<>();
        for (int i = 0; i < 2 * MAPPINGS; i += 2) {
            String id = BulkRunnerTest.CountingApi.cust(i);
            mapped.add(new CustomerSubscription(BulkRunnerTest.REF.customerSubscriptionId(id), id, tenant(i)));
        }
        CountingList<CustomerSubscription> list = new CountingList<>(mapped);
        BulkRunnerTest.CountingApi api = new BulkRunnerTest.CountingApi() {
            @Override
            public List<CustomerSubscription> customerSubscriptions(RegistrationRef r) {
                count("mappings");
                return list;
            }
        };
        List<BulkRow> rows = new ArrayList<>();
        // Every row names its tenant, so the checks also look for the tenant under another subscription.
        for (int i = 0; i < ROWS; i++) rows.add(new BulkRow(i + 2, BulkRunnerTest.CountingApi.cust(i), tenant(i), null, null));
        List<BulkResult> out = new CopyOnWriteArrayList<>();

        new BulkRunner(api, 8, 1000, Duration.ofSeconds(10)).run(BulkRunnerTest.REG, rows, intent, out::add);

        assertThat(out).hasSize(ROWS);
        assertThat(api.count("mappings", 0)).isEqualTo(1);
        if (intent == Intent.VERIFY) {
            assertThat(out).filteredOn(r -> r.row().line() % 2 == 0).allSatisfy(r -> assertThat(r.status()).isEqualTo(RowStatus.OK));
            assertThat(out).filteredOn(r -> r.row().line() % 2 == 1)
                    .allSatisfy(r -> assertThat(r.primaryCode()).isEqualTo("CustomerSubscriptionNotFound"));
        }
        // Reading the list once (to index it) is the whole cost; a scan per row would read ROWS times as much.
        assertThat(list.reads.get()).as("elements of a %d-mapping list read for %d rows", MAPPINGS, ROWS)
                .isLessThanOrEqualTo(2L * MAPPINGS);
    }

    @Test
    void rowsAreTakenOnlyAsWorkersFreeUp() throws Exception {
        List<BulkRow> all = new ArrayList<>();
        for (int i = 0; i < 1000; i++) all.add(new BulkRow(i + 2, BulkRunnerTest.CountingApi.cust(i), null, null, null));
        CountingList<BulkRow> rows = new CountingList<>(all);
        BulkRunnerTest.CountingApi slow = new BulkRunnerTest.CountingApi() {
            @Override
            public SubscriptionInfo subscription(String id) throws ArmFailure {
                if (!id.equals(BulkRunnerTest.SUB)) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        throw ArmFailure.of(ArmFailure.Kind.CANCELLED).message("cancelled").build();
                    }
                }
                return super.subscription(id);
            }
        };
        List<BulkResult> out = new CopyOnWriteArrayList<>();
        int concurrency = 4;
        BulkRunner.Run run = new BulkRunner(slow, concurrency, 1000, Duration.ofSeconds(10)).start(BulkRunnerTest.REG, rows, Intent.VERIFY, out::add);
        try {
            while (out.size() < 20) Thread.sleep(5);
            // One read of every row up front finds the lines that repeat an id (only those are kept); past that,
            // nothing is queued or kept per row ahead of the workers: memory stays flat however long the file.
            long taken = rows.reads.get() - rows.size();
            int done = out.size();
            assertThat(taken).as("rows taken when %d were done", done).isLessThanOrEqualTo(done + concurrency);
        } finally {
            run.cancel();
            run.done().handle((v, e) -> null).get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void threadsAreReusedFromRowToRow() throws Exception {
        int rows = 400;
        List<BulkRow> all = new ArrayList<>();
        for (int i = 0; i < rows; i++) all.add(new BulkRow(i + 2, BulkRunnerTest.CountingApi.cust(i), null, null, null));
        List<BulkResult> out = new CopyOnWriteArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getTotalStartedThreadCount();

        new BulkRunner(new BulkRunnerTest.CountingApi(), 8, 1000, Duration.ofSeconds(10)).run(BulkRunnerTest.REG, all, Intent.VERIFY, out::add);

        long started = threads.getTotalStartedThreadCount() - before;
        assertThat(out).hasSize(rows);
        // Starting and ending a dozen threads per row cost more than the row's own work; a run's threads serve every row.
        assertThat(started).as("threads started for %d rows", rows).isLessThan(rows / 2);
    }

    @Test
    void aRunKeepsAFewRateBucketsNotOnePerSubscription() throws Exception {
        RateLimitedApi api = new RateLimitedApi(new BulkRunnerTest.CountingApi(), new RateLimiter(1e6, 1_000_000), Duration.ofSeconds(1));
        for (int i = 0; i < 3000; i++) api.subscription(BulkRunnerTest.CountingApi.cust(i));
        Thread.sleep(100);   // every one of those buckets gets its one token back (25 per second)
        for (int i = 3000; i < 4100; i++) api.subscription(BulkRunnerTest.CountingApi.cust(i));
        // Each row reads its own customer's subscription: a bucket kept per row would grow with the file.
        assertThat(api.buckets()).as("buckets kept after 4,100 subscriptions").isLessThan(2100);
    }
}
