package dev.azscsp.diagnosis.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.api.Account;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.ManagementLock;
import dev.azscsp.diagnosis.api.Permission;
import dev.azscsp.diagnosis.api.ProviderState;
import dev.azscsp.diagnosis.api.Registration;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.api.SubscriptionInfo;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.i18n.Language;

class BulkRunnerTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final RegistrationRef REF = new RegistrationRef(SUB, "azurestack", "reg1");
    static final RawInput REG = new RawInput(SUB, "azurestack", "reg1", null, null, null, Intent.VERIFY);

    /** Customer subscriptions c-0000… mapped when even; counts every call by name. */
    static class CountingApi implements RegistrationApi {
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        final AtomicInteger throttleFirst = new AtomicInteger();
        volatile boolean customerReadsFail;

        void count(String k) { calls.computeIfAbsent(k, x -> new AtomicInteger()).incrementAndGet(); }
        int count(String k, int unused) { return calls.getOrDefault(k, new AtomicInteger()).get(); }

        static String cust(int i) { return String.format("%08x-0000-4000-8000-000000000000", i); }

        @Override public Account account() { count("account"); return Account.user("a", "t", "AzureCloud", "test"); }

        @Override
        public SubscriptionInfo subscription(String id) throws ArmFailure {
            count(id.equals(SUB) ? "regSubscription" : "customerSubscriptionRead");
            count("read:" + id);
            if (!id.equals(SUB) && throttleFirst.getAndDecrement() > 0) {
                throw ArmFailure.of(ArmFailure.Kind.THROTTLED).status(429).code("TooManyRequests").message("slow")
                        .retryAfter(Duration.ofMillis(200)).build();
            }
            if (!id.equals(SUB) && customerReadsFail) {
                throw ArmFailure.of(ArmFailure.Kind.NETWORK).message("connection reset").build();
            }
            return new SubscriptionInfo(id, "s", "Enabled", "CSP_2015-05-01", "t");
        }

        @Override public List<SubscriptionInfo> subscriptions() { count("subscriptions"); return List.of(new SubscriptionInfo(SUB, "s", "Enabled", "CSP_2015-05-01", "t")); }
        @Override public ProviderState provider(String s, String ns) { count("provider"); return new ProviderState(ns, "Registered"); }
        @Override public Registration registration(RegistrationRef r) { count("registration"); return new Registration(r.resourceId(), "reg1", "azurestack", "c", "PayAsYouUse", "o"); }
        @Override public List<Registration> registrations(String s) { count("registrations"); return List.of(); }

        @Override
        public List<CustomerSubscription> customerSubscriptions(RegistrationRef r) {
            count("mappings");
            List<CustomerSubscription> l = new ArrayList<>();
            for (int i = 0; i < 200; i += 2) l.add(new CustomerSubscription(r.customerSubscriptionId(cust(i)), cust(i), "t"));
            return l;
        }

        @Override
        public CustomerSubscription customerSubscription(RegistrationRef r, String id) throws ArmFailure {
            count("mappingGet");
            throw ArmFailure.of(ArmFailure.Kind.NOT_FOUND).status(404).code("CustomerSubscriptionNotFound").message("nf").build();
        }

        @Override public List<Permission> permissions(RegistrationRef r) { count("permissions"); return List.of(new Permission(List.of("*"), List.of())); }
        @Override public List<ManagementLock> locks(RegistrationRef r) { count("locks"); return List.of(); }
        @Override public CustomerSubscription addCustomerSubscription(RegistrationRef r, String id, String t) { count("add"); throw new AssertionError("bulk wrote"); }
        @Override public void removeCustomerSubscription(RegistrationRef r, String id) { count("remove"); throw new AssertionError("bulk wrote"); }
    }

    static String cust(int i) { return CountingApi.cust(i); }

    static List<BulkRow> rows(int n) {
        List<BulkRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(new BulkRow(i + 2, CountingApi.cust(i), null, "row " + i, null));
        return rows;
    }

    @Test
    void everyRowGetsExactlyOneResultAndRegistrationCallsAreMadeOnce() throws Exception {
        CountingApi api = new CountingApi();
        List<BulkResult> out = new CopyOnWriteArrayList<>();
        List<BulkRow> rows = new ArrayList<>(rows(60));
        rows.add(new BulkRow(99, "not-a-guid", null, null, null));
        rows.add(new BulkRow(100, null, null, null, dev.azscsp.diagnosis.Text.of("bulk.line.unclosedQuote")));
        new BulkRunner(api, 8, 1000, Duration.ofSeconds(10)).run(REG, rows, Intent.VERIFY, out::add);

        assertThat(out).hasSize(62);
        assertThat(out).extracting(r -> r.row().line()).doesNotHaveDuplicates();
        for (String once : List.of("account", "regSubscription", "provider", "registration", "mappings")) {
            assertThat(api.count(once, 0)).as(once).isEqualTo(1);
        }
        assertThat(api.count("customerSubscriptionRead", 0)).isEqualTo(60);
        // Mapped rows are answered from the shared list; only the unmapped ones are asked one by one.
        assertThat(api.count("mappingGet", 0)).isBetween(30, 38);
        assertThat(api.count("add", 0)).isZero();
        assertThat(out).filteredOn(r -> r.row().line() == 2).singleElement().extracting(BulkResult::status).isEqualTo(RowStatus.OK);
        assertThat(out).filteredOn(r -> r.row().line() == 3).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RowStatus.PROBLEM);
            assertThat(r.primaryCode()).isEqualTo("CustomerSubscriptionNotFound");
        });
        assertThat(out).filteredOn(r -> r.row().line() == 99).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RowStatus.INVALID);
            assertThat(r.primaryCode()).isEqualTo("InvalidCustomerSubscriptionId");
        });
        assertThat(out).filteredOn(r -> r.row().line() == 100).singleElement()
                .satisfies(r -> assertThat(r.evidence().in(Language.EN)).contains("Line 100", "never closed"));
    }

    @Test
    void failingCallsStillGiveEachRowItsResult() throws Exception {
        CountingApi api = new CountingApi();
        api.customerReadsFail = true;
        List<BulkResult> out = new CopyOnWriteArrayList<>();
        new BulkRunner(api, 4, 1000, Duration.ofSeconds(10)).run(REG, rows(20), Intent.VERIFY, out::add);
        assertThat(out).hasSize(20);
        // Even rows are mapped, so the unreadable subscription leaves them incomplete; odd rows are not mapped: a problem.
        assertThat(out).filteredOn(r -> r.row().line() % 2 == 0).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RowStatus.INCOMPLETE);
            assertThat(r.primaryCode()).isEqualTo("NetworkUnreachable");
        });
    }

    @Test
    void aRowWhoseCallThrowsIsIncompleteWithTheReasonAndTheOthersGoOn() throws Exception {
        CountingApi api = new CountingApi() {
            @Override
            public SubscriptionInfo subscription(String id) throws ArmFailure {
                if (id.equals(cust(4))) throw new IllegalStateException("adapter bug on this row");   // a mapped row
                return super.subscription(id);
            }
        };
        List<BulkResult> out = new CopyOnWriteArrayList<>();
        new BulkRunner(api, 4, 1000, Duration.ofSeconds(10)).run(REG, rows(10), Intent.VERIFY, out::add);
        assertThat(out).hasSize(10);
        assertThat(out).extracting(r -> r.row().line()).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(out).filteredOn(r -> r.row().line() == 6).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RowStatus.INCOMPLETE);
            assertThat(r.evidence().in(Language.EN)).as("the reason, not another check's words")
                    .contains("IllegalStateException").contains("adapter bug on this row");
        });
        assertThat(out).filteredOn(r -> r.row().line() != 6).allSatisfy(r -> assertThat(r.status()).isIn(RowStatus.OK, RowStatus.PROBLEM));
    }

    @Test
    void anErrorInACallEveryRowSharesGivesEachRowTheReasonAtOnce() throws Exception {
        // Without an answer for the shared sign-in, the rows waiting for it sat there until their time limit.
        CountingApi api = new CountingApi() {
            @Override
            public Account account() {
                count("account");
                throw new ExceptionInInitializerError("broken class set-up");
            }
        };
        List<BulkResult> out = new CopyOnWriteArrayList<>();
        new BulkRunner(api, 4, 1000, Duration.ofSeconds(30)).run(REG, rows(8), Intent.VERIFY, out::add);
        assertThat(out).hasSize(8).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RowStatus.INCOMPLETE);
            assertThat(r.evidence().key()).as("line %d", r.row().line()).isEqualTo("evidence.checkError");
            assertThat(r.evidence().in(Language.EN)).contains("ExceptionInInitializerError");
        });
        assertThat(api.count("account", 0)).as("asked once for the whole run").isEqualTo(1);
    }

    @Test
    void aRepeatedSubscriptionIsCheckedOnceAndReportedOnEveryLineThatNamesIt() throws Exception {
        CountingApi api = new CountingApi();
        String tenant = "dbab3982-796f-4d03-9908-044c08aef8a2";
        List<BulkRow> rows = List.of(new BulkRow(2, cust(0), null, "first", null), new BulkRow(3, cust(1), null, "other", null),
                new BulkRow(4, " {" + cust(0) + "} ", null, "braces", null),
                new BulkRow(5, cust(0).toUpperCase(java.util.Locale.ROOT), null, "upper case", null),
                new BulkRow(6, cust(0), tenant, "with a tenant", null), new BulkRow(7, cust(0), null, "again", null),
                new BulkRow(8, null, null, null, dev.azscsp.diagnosis.Text.of("bulk.line.unclosedQuote")));
        List<BulkResult> out = new CopyOnWriteArrayList<>();
        new BulkRunner(api, 4, 1000, Duration.ofSeconds(10)).run(REG, rows, Intent.VERIFY, out::add);

        Map<Integer, BulkResult> byLine = new java.util.TreeMap<>();
        out.forEach(r -> assertThat(byLine.put(r.row().line(), r)).as("line %d once", r.row().line()).isNull());
        assertThat(byLine.keySet()).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(byLine).extractingFromEntries(e -> e.getKey() + ":" + e.getValue().duplicateOf())
                .containsExactly("2:0", "3:0", "4:2", "5:2", "6:2", "7:2", "8:0");
        // Lines 4 and 7 ask what line 2 asks: its answer, on their own line. Another case or tenant is asked again.
        assertThat(api.count("read:" + cust(0), 0)).as("lines 2 and 6, not 4 or 7").isEqualTo(2);
        assertThat(api.count("read:" + cust(1), 0)).isEqualTo(1);
        for (int line : List.of(4, 7)) {
            BulkResult r = byLine.get(line);
            assertThat(r.row()).isEqualTo(rows.get(line - 2));
            assertThat(r.status()).isEqualTo(byLine.get(2).status());
            assertThat(r.evidence()).isEqualTo(byLine.get(2).evidence());
            assertThat(r.primaryCode()).isEqualTo(byLine.get(2).primaryCode());
        }
    }

    @Test
    void throttlingSlowsTheRunDownAndIsRetried() throws Exception {
        CountingApi api = new CountingApi();
        api.throttleFirst.set(3);
        List<BulkResult> out = new CopyOnWriteArrayList<>();
        long t0 = System.nanoTime();
        new BulkRunner(api, 8, 1000, Duration.ofSeconds(10)).run(REG, rows(16), Intent.VERIFY, out::add);
        assertThat(out).hasSize(16).allSatisfy(r -> assertThat(r.status()).isIn(RowStatus.OK, RowStatus.PROBLEM));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).as("paused for Retry-After").isGreaterThanOrEqualTo(200);
        assertThat(api.count("customerSubscriptionRead", 0)).isEqualTo(16 + 3);
    }

    @Test
    void cancellingKeepsTheRowsAlreadyDone() throws Exception {
        RegistrationApi slow = new CountingApi() {
            @Override
            public SubscriptionInfo subscription(String id) throws ArmFailure {
                if (!id.equals(SUB)) {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        throw ArmFailure.of(ArmFailure.Kind.CANCELLED).message("cancelled").build();
                    }
                }
                return super.subscription(id);
            }
        };
        List<BulkResult> out = new CopyOnWriteArrayList<>();
        BulkRunner.Run run = new BulkRunner(slow, 2, 1000, Duration.ofSeconds(10)).start(REG, rows(200), Intent.VERIFY, out::add);
        while (out.size() < 5) Thread.sleep(10);
        run.cancel();
        run.done().handle((v, e) -> null).get(5, TimeUnit.SECONDS);   // completes, even with rows never started
        int after = out.size();
        assertThat(after).isLessThan(200).isGreaterThanOrEqualTo(5);
        assertThat(out).allSatisfy(r -> assertThat(r.status()).isIn(RowStatus.OK, RowStatus.PROBLEM));
        RowThreads.awaitNone();   // nothing can report a row any more
        assertThat(out).as("done() came once the row threads had stopped: nothing was reported after it").hasSize(after);
    }

    @Test
    void theRateLimiterHoldsTheSteadyRate() throws Exception {
        RateLimiter limiter = new RateLimiter(50, 1);
        long t0 = System.nanoTime();
        for (int i = 0; i < 11; i++) limiter.acquire();
        // 1 permit at once, then 10 more at 50 per second: at least 200 ms.
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isGreaterThanOrEqualTo(190);
    }
}
