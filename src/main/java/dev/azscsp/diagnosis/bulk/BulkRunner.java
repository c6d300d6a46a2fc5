package dev.azscsp.diagnosis.bulk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.azscsp.diagnosis.CheckResult;
import dev.azscsp.diagnosis.CheckStatus;
import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.Diagnostician;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.Outcome;
import dev.azscsp.diagnosis.Text;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.input.InputProblem;
import dev.azscsp.diagnosis.input.InputReport;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;

/**
 * Checks many customer subscriptions against one registration. Each row is a full diagnosis (the same checks and
 * precedence as {@code diagnose}), but the calls about the registration are made once for the whole run, rows run
 * side by side, and every call goes through a rate limiter that keeps under ARM's read limits. Never writes.
 */
public final class BulkRunner {
    public static final int DEFAULT_CONCURRENCY = 8;
    /**
     * The whole run's ceiling. ARM counts reads per subscription (a bucket of 250 refilled at 25 per second), which
     * the per-subscription buckets respect; this only keeps a run from flooding the network or a proxy.
     */
    public static final int DEFAULT_CALLS_PER_SECOND = 100;

    /** The name of the threads that take rows and report them to the {@link Listener}. */
    public static final String ROW_THREADS = "bulk-row";

    /** A 429 asking to wait longer than this ends the calls it hits instead of stalling the run. */
    public static final Duration MAX_THROTTLE_WAIT = Duration.ofSeconds(60);

    private final RegistrationApi api;
    private final int concurrency;
    private final double callsPerSecond;
    private final Duration checkTimeout;

    /**
     * @param concurrency    rows in flight at once
     * @param callsPerSecond ceiling for the whole run, on top of the per-subscription buckets
     */
    public BulkRunner(RegistrationApi api, int concurrency, double callsPerSecond, Duration checkTimeout) {
        if (concurrency < 1 || concurrency > 64) throw new IllegalArgumentException("concurrency must be between 1 and 64");
        this.api = api;
        this.concurrency = concurrency;
        this.callsPerSecond = callsPerSecond;
        this.checkTimeout = checkTimeout;
    }

    /** Called as each row finishes, from worker threads, in the order rows finish. */
    public interface Listener {
        void rowDone(BulkResult result);
    }

    /** A run in progress: wait for it, or cancel it (rows already done have been reported). */
    public static final class Run {
        private final ExecutorService pool;
        private final Threads checks;
        private final CompletableFuture<Void> done;
        private final AtomicInteger finished;
        private final AtomicBoolean cancelled;

        private Run(ExecutorService pool, Threads checks, CompletableFuture<Void> done, AtomicInteger finished,
                    AtomicBoolean cancelled) {
            this.pool = pool;
            this.checks = checks;
            this.done = done;
            this.finished = finished;
            this.cancelled = cancelled;
        }

        /** Completes once every row thread has stopped, run to the end or cancelled: after it, no row is reported. */
        public CompletableFuture<Void> done() { return done; }
        public int finished() { return finished.get(); }

        /**
         * Stops the rows in flight (their threads are interrupted, and report nothing more); rows not started never
         * start, and {@link #done()} completes as soon as the row threads have let go.
         */
        public void cancel() {
            cancelled.set(true);
            pool.shutdownNow();
            checks.stop();
        }
    }

    /** The threads every row's checks share, and their time limits: a run starts them once, not per row. */
    private record Threads(ExecutorService pool, ScheduledThreadPoolExecutor timer) {
        static Threads start() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon("bulk-time-limits"));
            timer.setRemoveOnCancelPolicy(true);   // a row's limits leave the queue when the row is done
            return new Threads(Executors.newCachedThreadPool(daemon("bulk-check")), timer);
        }

        void stop() {
            pool.shutdownNow();
            timer.shutdownNow();
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * @param registration the registration subscription, resource group and name (and optional stamp CloudID);
     *                     its customer fields are ignored
     */
    public Run start(RawInput registration, List<BulkRow> rows, Intent intent, Listener listener) {
        // The rate limiter alone retries a 429: the adapter under it hands them back instead of retrying them too.
        RateLimitedApi limited = new RateLimitedApi(api.throttlingLeftToCaller(), new RateLimiter(callsPerSecond, (int) Math.max(1, callsPerSecond)), MAX_THROTTLE_WAIT);
        SharedCallsApi shared = new SharedCallsApi(limited, InputRules.cleanGuid(registration.subscriptionId()));
        Threads checks = Threads.start();
        Diagnostician diagnostician = Diagnostician.standard(shared, checkTimeout, checks.pool(), checks.timer());
        int workers = Math.max(1, Math.min(concurrency, rows.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemon(ROW_THREADS));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        Repeats repeats = Repeats.of(rows);
        // A few workers take the rows one after another: nothing is queued or kept per row, however long the file.
        Runnable worker = () -> {
            RuntimeException listenerFailed = null;
            for (int i; !cancelled.get() && (i = next.getAndIncrement()) < rows.size(); ) {
                if (repeats.reported.get(i)) continue;   // comes out with the first line naming its subscription
                BulkRow row = rows.get(i);
                BulkResult r;
                try {
                    r = check(diagnostician, registration, row, intent);
                } catch (RuntimeException | Error e) {
                    if (e instanceof VirtualMachineError vm) throw vm;   // out of memory: nothing sensible to go on with
                    // Whatever went wrong, the row gets its output row: it is never dropped.
                    r = new BulkResult(row, RowStatus.INCOMPLETE, null, Text.of("evidence.checkError", e.getClass().getSimpleName(),
                            String.valueOf(e.getMessage())), List.of());
                }
                if (cancelled.get()) return;
                if (r == null) r = new BulkResult(row, RowStatus.INCOMPLETE, null, Text.of("evidence.cancelled"), List.of());
                Integer first = repeats.firstLine.get(row.line());
                if (first != null) r = r.markedDuplicateOf(first);
                List<BulkResult> out = new ArrayList<>();
                out.add(r);
                for (BulkRow repeat : repeats.sameAs.getOrDefault(row.line(), List.of())) out.add(r.reportedOn(repeat));
                for (BulkResult each : out) {
                    finished.incrementAndGet();
                    try {
                        listener.rowDone(each);
                    } catch (RuntimeException e) {
                        // The other rows still run, as they would with a listener that only failed once.
                        if (listenerFailed == null) listenerFailed = e;
                    }
                }
            }
            if (listenerFailed != null) throw listenerFailed;
        };
        CompletableFuture<?>[] all = new CompletableFuture<?>[workers];
        for (int w = 0; w < workers; w++) all[w] = CompletableFuture.runAsync(worker, pool);
        CompletableFuture<Void> done = CompletableFuture.allOf(all).whenComplete((v, e) -> {
            pool.shutdown();
            checks.stop();
        });
        return new Run(pool, checks, done, finished, cancelled);
    }

    /**
     * Lines that name a customer subscription an earlier line names (the id compared as a GUID, whatever its case or
     * braces). One with the same id as written and the same customer tenant asks the same question: it is not checked
     * again, the first line's result is reported on it. One with another tenant or letter case is checked on its own.
     * Both are marked with the first line. Only repeated lines are kept, so a file without repeats costs nothing past
     * the scan.
     *
     * @param firstLine by line: the first line naming the same subscription, for every repeat
     * @param sameAs    by first line: the later lines that take its result
     * @param reported  indexes of the lines that take another line's result instead of being checked
     */
    private record Repeats(Map<Integer, Integer> firstLine, Map<Integer, List<BulkRow>> sameAs, BitSet reported) {
        static Repeats of(List<BulkRow> rows) {
            Map<UUID, BulkRow> first = new HashMap<>();
            Repeats r = new Repeats(new HashMap<>(), new HashMap<>(), new BitSet());
            for (int i = 0; i < rows.size(); i++) {
                BulkRow row = rows.get(i);
                UUID id = row.problem() == null ? guid(row.customerSubscriptionId()) : null;
                if (id == null) continue;
                BulkRow earlier = first.putIfAbsent(id, row);
                if (earlier == null) continue;
                r.firstLine.put(row.line(), earlier.line());
                if (sameQuestion(earlier, row)) {
                    r.sameAs.computeIfAbsent(earlier.line(), k -> new ArrayList<>()).add(row);
                    r.reported.set(i);
                }
            }
            return r;
        }

        private static UUID guid(String raw) {
            String id = InputRules.cleanGuid(raw);
            return id != null && InputRules.isGuid(id) ? UUID.fromString(id) : null;
        }

        /** The same id as written (the service is case sensitive: an upper-case id gets its own answer) and tenant. */
        private static boolean sameQuestion(BulkRow a, BulkRow b) {
            String x = InputRules.cleanGuid(a.customerTenantId()), y = InputRules.cleanGuid(b.customerTenantId());
            return InputRules.cleanGuid(a.customerSubscriptionId()).equals(InputRules.cleanGuid(b.customerSubscriptionId()))
                    && (x == null ? y == null : x.equalsIgnoreCase(y));
        }
    }

    /** Runs every row and waits; interrupting the calling thread cancels the run. */
    public void run(RawInput registration, List<BulkRow> rows, Intent intent, Listener listener) throws InterruptedException {
        Run run = start(registration, rows, intent, listener);
        try {
            run.done().get();
        } catch (InterruptedException e) {
            run.cancel();
            throw e;
        } catch (java.util.concurrent.ExecutionException e) {
            // Only a listener that threw ends here, once every row has run.
        }
        run.pool.awaitTermination(1, TimeUnit.SECONDS);
    }

    /** One row; null when the run was cancelled before it finished. */
    private static BulkResult check(Diagnostician diagnostician, RawInput reg, BulkRow row, Intent intent) {
        if (row.problem() != null) {
            return new BulkResult(row, RowStatus.INVALID, "InputFormatInvalid", Text.of("bulk.badLine", row.line(), row.problem()), List.of());
        }
        InputReport input = InputRules.check(new RawInput(reg.subscriptionId(), reg.resourceGroup(), reg.registrationName(),
                row.customerSubscriptionId(), row.customerTenantId(), reg.stampCloudId(), intent));
        if (!input.usable()) {
            InputProblem p = input.problems().stream().filter(InputProblem::blocking).findFirst().orElseThrow();
            return new BulkResult(row, RowStatus.INVALID, p.code(), p.message(), List.of());
        }
        Diagnosis d;
        try {
            d = diagnostician.run(input, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (d.cancelled()) return null;
        CheckResult behind = d.checks().stream().filter(c -> d.primaryCode() != null && d.primaryCode().equals(c.code())
                && (c.status() == CheckStatus.FAIL || c.incomplete())).findFirst()
                // An incomplete run without a code (a check that threw): the first check that could not finish says why.
                .or(() -> d.outcome() != Outcome.INCOMPLETE ? Optional.empty()
                        : d.checks().stream().filter(c -> c.incomplete() && c.status() == CheckStatus.UNKNOWN).findFirst())
                .orElse(null);
        Text evidence = behind != null ? behind.evidence() : d.check(dev.azscsp.diagnosis.CheckId.MAPPING).evidence();
        return new BulkResult(row, RowStatus.of(d.outcome()), d.primaryCode(), evidence, d.secondaryCodes());
    }
}
