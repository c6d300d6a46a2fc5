package dev.azscsp.diagnosis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.input.InputProblem;
import dev.azscsp.diagnosis.input.InputReport;

/**
 * Runs the checks for a target. Independent checks run at once on a bounded pool; a check starts as soon as the
 * checks it needs are done, so a run takes about its longest chain of dependent calls, not their sum. Every check
 * has a time limit, the whole run can be cancelled, and a check that throws is reported as UNKNOWN while the
 * others go on.
 */
public final class Diagnostician {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Diagnostician.class);

    private final RegistrationApi api;
    private final List<Check> checks;
    private final Duration checkTimeout;
    /** Threads shared by every run, or null: each run then has its own, ended with it. */
    private final ExecutorService sharedPool;
    private final ScheduledExecutorService sharedTimer;

    public Diagnostician(RegistrationApi api, List<Check> checks, Duration checkTimeout) {
        this(api, checks, checkTimeout, null, null);
    }

    private Diagnostician(RegistrationApi api, List<Check> checks, Duration checkTimeout, ExecutorService pool,
                          ScheduledExecutorService timer) {
        this.api = Objects.requireNonNull(api);
        this.checks = List.copyOf(checks);
        this.checkTimeout = checkTimeout;
        this.sharedPool = pool;
        this.sharedTimer = timer;
    }

    /** The standard checks with a time limit per check. */
    public static Diagnostician standard(RegistrationApi api, Duration checkTimeout) {
        return new Diagnostician(api, StandardChecks.all(), checkTimeout);
    }

    /**
     * As {@link #standard}, for many runs one after another (bulk): their checks run on {@code pool} and their time
     * limits on {@code timer} instead of a dozen threads started and ended per run. The caller owns both and shuts
     * them down. The pool must grow as needed (a check waits for the calls it forks), e.g. a cached thread pool.
     */
    public static Diagnostician standard(RegistrationApi api, Duration checkTimeout, ExecutorService pool, ScheduledExecutorService timer) {
        return new Diagnostician(api, StandardChecks.all(), checkTimeout, Objects.requireNonNull(pool), Objects.requireNonNull(timer));
    }

    /** Starts a run in the background; {@link Run#cancel()} stops it. The checks only read. */
    public Run start(InputReport input, DiagnosisListener listener) {
        Run run = new Run(input, listener == null ? DiagnosisListener.NONE : listener);
        run.begin();
        return run;
    }

    /** Runs to the end; interrupting the calling thread cancels the run. */
    public Diagnosis run(InputReport input, DiagnosisListener listener) throws InterruptedException {
        Run run = start(input, listener);
        try {
            return run.result().get();
        } catch (InterruptedException e) {
            run.cancel();
            throw e;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** True when the user asked to add and every check the PUT depends on passed: only a confirmation is missing. */
    public static boolean readyToAdd(Diagnosis d) {
        return d.target().intent() == Intent.ADD && !d.inputOnly() && !d.cancelled()
                && d.checks().stream().noneMatch(c -> c.id() != CheckId.ADD && (c.status() == CheckStatus.FAIL || c.incomplete()));
    }

    /**
     * The rights checks that could not tell whether the write is allowed: the permissions or locks could not be read
     * (UNKNOWN), or a lock of a level the app does not know applies (WARN). The add is still offered, since ARM will
     * decide, but the confirmation must say what was not verified.
     */
    public static List<CheckResult> unverifiedRights(Diagnosis d) {
        return d.checks().stream().filter(c -> (c.id() == CheckId.WRITE_PERMISSION || c.id() == CheckId.LOCKS)
                && (c.status() == CheckStatus.UNKNOWN || c.status() == CheckStatus.WARN)).toList();
    }

    /** The ADD check's evidence when the write was not confirmed. */
    static final String NOT_CONFIRMED = "evidence.addNotConfirmed";

    /**
     * A diagnosis {@link #readyToAdd ready to add} whose write was not confirmed (declined, or no one to ask): the ADD
     * check says nothing was written and is incomplete, so the run is never reported as done ({@link Outcome#INCOMPLETE}).
     */
    public static Diagnosis notConfirmed(Diagnosis d) {
        if (!readyToAdd(d)) throw new IllegalStateException("Not ready to add: " + d.outcome());
        RegistrationTarget t = d.target();
        CheckResult r = CheckResult.skipped(CheckId.ADD,
                Text.of(NOT_CONFIRMED, t.registration().customerSubscriptionId(t.customerSubscriptionId()))).asIncomplete();
        List<CheckResult> checks = new ArrayList<>(d.checks().stream().filter(c -> c.id() != CheckId.ADD).toList());
        checks.add(r);
        checks.sort(Comparator.comparing(CheckResult::id));
        return summarize(new InputReport(t, d.inputProblems()), checks, d.elapsed(), false);
    }

    /**
     * Sends the PUT of a diagnosis that is {@link #readyToAdd ready}, once the user has confirmed the write of
     * {@code target.registration().customerSubscriptionId(…)}. This is the only path that writes to Azure.
     *
     * @return the diagnosis with the ADD check's result in place
     */
    public Diagnosis add(Diagnosis d) throws InterruptedException {
        if (!readyToAdd(d)) throw new IllegalStateException("Not ready to add: " + d.outcome());
        RegistrationTarget t = d.target();
        String resource = t.registration().customerSubscriptionId(t.customerSubscriptionId());
        // Every write leaves two lines in the log: what was confirmed, then what came of it. Ids only, never a token.
        LOG.info("Write confirmed: PUT {} with customer tenant {}", resource, t.customerTenantId() == null ? "-" : t.customerTenantId());
        long t0 = System.nanoTime();
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread th = new Thread(r, "diagnosis-add");
            th.setDaemon(true);
            return th;
        });
        Future<CheckResult> put = one.submit(() -> {
            try {
                var c = api.addCustomerSubscription(t.registration(), t.customerSubscriptionId(), t.customerTenantId());
                return CheckResult.pass(CheckId.ADD, Text.of("evidence.added", c.subscriptionId(), t.registrationName(),
                        StandardChecks.nullToDash(c.tenantId())));
            } catch (dev.azscsp.diagnosis.api.ArmFailure f) {
                return Findings.from(CheckId.ADD, f, "UnexpectedResponse");
            }
        });
        CheckResult r;
        try {
            r = put.get(checkTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            put.cancel(true);
            r = new CheckResult(CheckId.ADD, CheckStatus.UNKNOWN, Text.of("evidence.checkTimeout", checkTimeout.toSeconds()),
                    "RequestTimedOut", true, Duration.ZERO, null);
        } catch (java.util.concurrent.ExecutionException e) {
            r = new CheckResult(CheckId.ADD, CheckStatus.UNKNOWN, Text.of("evidence.checkError",
                    e.getCause().getClass().getSimpleName(), String.valueOf(e.getCause().getMessage())), null, true, Duration.ZERO, null);
        } catch (InterruptedException e) {
            put.cancel(true);
            throw e;
        } finally {
            one.shutdownNow();
        }
        CheckResult timed = r.withDuration(Duration.ofNanos(System.nanoTime() - t0));
        logOutcome(resource, timed);
        List<CheckResult> checks = new ArrayList<>(d.checks().stream().filter(c -> c.id() != CheckId.ADD).toList());
        checks.add(timed);
        checks.sort(Comparator.comparing(CheckResult::id));
        return summarize(new InputReport(t, d.inputProblems()), checks, d.elapsed().plus(timed.duration()), false);
    }

    /** The catalog card of a failed call, as the checks would name it (a write refused by ARM, for instance). */
    public static String cardCode(dev.azscsp.diagnosis.api.ArmFailure f) {
        return Findings.from(CheckId.ADD, f, "CustomerSubscriptionNotFound").code();
    }

    private static void logOutcome(String resource, CheckResult r) {
        ServiceAnswer a = r.failure();
        if (r.status() == CheckStatus.PASS) {
            LOG.info("Write outcome: added {} in {} ms", resource, r.duration().toMillis());
        } else {
            LOG.warn("Write outcome: not added {}: {} {} (HTTP {}, request id {}, correlation id {}) in {} ms", resource,
                    r.status(), r.code() == null ? "-" : r.code(), a == null || a.status() == 0 ? "-" : a.status(),
                    a == null || a.requestId() == null ? "-" : a.requestId(),
                    a == null || a.correlationId() == null ? "-" : a.correlationId(), r.duration().toMillis());
        }
    }

    /** One run in progress. */
    public final class Run {
        private final InputReport input;
        private final DiagnosisListener listener;
        private final CompletableFuture<Diagnosis> result = new CompletableFuture<>();
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final List<Future<?>> running = new ArrayList<>();
        private final Map<CheckId, CompletableFuture<CheckResult>> done = new EnumMap<>(CheckId.class);
        private final List<Future<?>> timeLimits = new ArrayList<>();
        private boolean ended;   // guarded by running
        private ExecutorService pool;
        private ScheduledExecutorService timer;
        private long startNanos;

        private Run(InputReport input, DiagnosisListener listener) {
            this.input = input;
            this.listener = listener;
        }

        public CompletableFuture<Diagnosis> result() { return result; }

        /** Stops every check still running; the result then says the run was cancelled. */
        public void cancel() {
            if (!cancelled.compareAndSet(false, true)) return;
            synchronized (running) {
                running.forEach(f -> f.cancel(true));
            }
            done.forEach((id, slot) -> {
                CheckResult r = CheckResult.skipped(id, Text.of("evidence.cancelled")).asIncomplete();
                synchronized (slot) {
                    if (slot.isDone()) return;
                    listener.finished(r);
                    slot.complete(r);
                }
            });
        }

        public boolean isCancelled() { return cancelled.get(); }

        private void begin() {
            startNanos = System.nanoTime();
            ThreadFactory tf = r -> {
                Thread t = new Thread(r, "diagnosis-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            // Enough threads for every independent check plus the calls they fork; calls mostly wait on the network.
            pool = sharedPool != null ? sharedPool : Executors.newFixedThreadPool(Math.max(4, checks.size()), tf);
            timer = sharedTimer != null ? sharedTimer : Executors.newSingleThreadScheduledExecutor(tf);
            CheckContext ctx = new CheckContext(input.target(), api, pool, checkTimeout);

            CheckResult inputResult = inputResult(input);
            ctx.record(inputResult);
            listener.started(CheckId.INPUT);
            listener.finished(inputResult);

            for (Check c : checks) done.put(c.id(), new CompletableFuture<>());
            for (Check c : checks) {
                CompletableFuture<?>[] needs = c.needs().stream().map(done::get).filter(Objects::nonNull)
                        .toArray(CompletableFuture[]::new);
                CompletableFuture.allOf(needs).whenComplete((v, e) -> launch(c, ctx));
            }
            CompletableFuture.allOf(done.values().toArray(CompletableFuture[]::new))
                    .whenComplete((v, e) -> finish(ctx, inputResult));
        }

        private void launch(Check c, CheckContext ctx) {
            CompletableFuture<CheckResult> slot = done.get(c.id());
            if (slot.isDone()) return;
            if (!input.usable()) {
                slot.complete(CheckResult.skipped(c.id(), Text.of("evidence.inputInvalid")));
                listener.finished(slot.join());
                return;
            }
            listener.started(c.id());
            long t0 = System.nanoTime();
            Future<?> f;
            try {
                f = pool.submit(() -> {
                    CheckResult r;
                    try {
                        r = Objects.requireNonNull(c.run(ctx), "no result");
                    } catch (InterruptedException e) {
                        r = CheckResult.skipped(c.id(), Text.of("evidence.cancelled")).asIncomplete();
                    } catch (Exception | Error e) {
                        r = new CheckResult(c.id(), CheckStatus.UNKNOWN,
                                Text.of("evidence.checkError", e.getClass().getSimpleName(), String.valueOf(e.getMessage())),
                                null, true, Duration.ZERO, null);
                    }
                    complete(c, ctx, r, t0);
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                complete(c, ctx, CheckResult.skipped(c.id(), Text.of("evidence.cancelled")).asIncomplete(), t0);
                return;
            }
            Future<?> limit = timer.schedule(() -> {
                CheckResult late = new CheckResult(c.id(), CheckStatus.UNKNOWN,
                        Text.of("evidence.checkTimeout", checkTimeout.toSeconds()), "RequestTimedOut", true,
                        Duration.ZERO, null);
                if (complete(c, ctx, late, t0)) f.cancel(true);
            }, checkTimeout.toMillis(), TimeUnit.MILLISECONDS);
            synchronized (running) {
                running.add(f);
                if (ended) limit.cancel(false);   // the run finished before this limit was set
                else timeLimits.add(limit);
            }
        }

        /** Records a check's result once; later answers (a timed-out call that comes back) are dropped. */
        private boolean complete(Check c, CheckContext ctx, CheckResult r, long t0) {
            CheckResult timed = r.withDuration(Duration.ofNanos(System.nanoTime() - t0));
            CompletableFuture<CheckResult> slot = done.get(c.id());
            synchronized (slot) {
                if (slot.isDone()) return false;
                ctx.record(timed);
                // Report before releasing the checks that wait on this one, so listeners see causes before effects.
                listener.finished(timed);
                slot.complete(timed);
            }
            return true;
        }

        private void finish(CheckContext ctx, CheckResult inputResult) {
            List<CheckResult> all = new ArrayList<>();
            all.add(inputResult);
            for (Check c : checks) all.add(done.get(c.id()).join());
            all.sort(Comparator.comparing(CheckResult::id));
            if (sharedPool == null) {
                pool.shutdownNow();
                timer.shutdownNow();
            } else {
                // Shared threads live on: only this run's calls still going and its time limits are stopped.
                synchronized (running) {
                    ended = true;
                    running.forEach(f -> f.cancel(true));
                    timeLimits.forEach(f -> f.cancel(false));
                }
            }
            Diagnosis d = summarize(input, all, Duration.ofNanos(System.nanoTime() - startNanos), cancelled.get());
            log(d);
            result.complete(d);
        }
    }

    /** One line per run, one per check at debug level: ids and codes, never a token. */
    private static void log(Diagnosis d) {
        RegistrationTarget t = d.target();
        LOG.info("Diagnosis of {} under {}/{}/{} ({}): {} {} in {} ms{}", t.customerSubscriptionId(), t.subscriptionId(),
                t.resourceGroup(), t.registrationName(), t.intent(), d.outcome(), d.primaryCode() == null ? "" : d.primaryCode(),
                d.elapsed().toMillis(), d.primaryAnswer() == null ? "" : " (HTTP " + d.primaryAnswer().status() + ", correlation "
                        + d.primaryAnswer().correlationId() + ", request " + d.primaryAnswer().requestId() + ")");
        if (LOG.isDebugEnabled()) {
            for (CheckResult c : d.checks()) {
                LOG.debug("  {} {} {} {} ms: {}", c.id().key(), c.status(), c.code() == null ? "" : c.code(),
                        c.duration().toMillis(), c.evidence().in(dev.azscsp.i18n.Language.EN));
            }
        }
    }

    private static CheckResult inputResult(InputReport input) {
        List<InputProblem> problems = input.problems();
        if (problems.isEmpty()) return CheckResult.pass(CheckId.INPUT, Text.of("evidence.inputOk"));
        InputProblem first = problems.stream().filter(InputProblem::blocking).findFirst().orElse(problems.get(0));
        CheckStatus status = first.blocking() ? CheckStatus.FAIL : CheckStatus.WARN;
        return CheckResult.of(CheckId.INPUT, status, first.message(), first.code());   // each message names its field
    }

    /** Picks the outcome and the primary card by {@link Precedence}. */
    static Diagnosis summarize(InputReport input, List<CheckResult> checks, Duration elapsed, boolean cancelled) {
        List<CheckResult> fails = checks.stream().filter(c -> c.status() == CheckStatus.FAIL && c.code() != null)
                .sorted(Comparator.comparing(CheckResult::code, Precedence.MOST_DECISIVE_FIRST)).toList();
        List<CheckResult> stops = checks.stream().filter(CheckResult::incomplete)
                .sorted(Comparator.comparing(CheckResult::code, Comparator.nullsLast(Precedence.MOST_DECISIVE_FIRST))).toList();
        Outcome outcome;
        CheckResult primary;
        if (!fails.isEmpty()) {
            outcome = Outcome.PROBLEM;
            primary = fails.get(0);
        } else if (!stops.isEmpty() || cancelled) {
            outcome = Outcome.INCOMPLETE;
            primary = stops.isEmpty() ? null : stops.get(0);
        } else {
            outcome = Outcome.OK;
            primary = null;
        }
        String primaryCode = primary == null ? null : primary.code();
        List<String> secondary = new ArrayList<>();
        for (CheckResult c : fails) if (c.code() != null && !c.code().equals(primaryCode) && !secondary.contains(c.code())) secondary.add(c.code());
        for (CheckResult c : checks) {
            if (c.status() == CheckStatus.WARN && c.code() != null && !c.code().equals(primaryCode) && !secondary.contains(c.code())) {
                secondary.add(c.code());
            }
        }
        return new Diagnosis(input.target(), input.problems(), checks, outcome, primaryCode, secondary,
                primary == null ? null : primary.failure(), elapsed, cancelled, !input.usable());
    }
}
