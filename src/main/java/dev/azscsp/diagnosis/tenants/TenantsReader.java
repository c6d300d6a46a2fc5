package dev.azscsp.diagnosis.tenants;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.api.SubscriptionInfo;
import dev.azscsp.diagnosis.bulk.BulkRunner;
import dev.azscsp.diagnosis.bulk.RateLimitedApi;
import dev.azscsp.diagnosis.bulk.RateLimiter;

/**
 * Reads every mapping of a registration: the list (all pages), then, side by side, a direct GET of each id the user
 * asks for (and of every expected id when the list comes back empty), and a read of each mapped customer subscription
 * for its name, state and offer. Every call goes through the bulk run's rate limiter (ARM's read buckets, a ceiling for
 * the whole run, a 429 slowing everyone down) and is timed. Runs on the caller's pool (the window's shared one, or
 * the command line's), at most {@code concurrency} calls at a time, and can be cancelled: what was read is kept.
 * Never writes.
 */
public final class TenantsReader {
    public static final int DEFAULT_CONCURRENCY = 8;

    private final RegistrationApi api;
    private final ExecutorService pool;
    private final int concurrency;
    private final double callsPerSecond;

    /** Told how many calls are done out of how many are known so far (the total grows once the list is read). */
    public interface Listener {
        Listener NONE = (done, total) -> { };

        void progress(int done, int total);
    }

    /**
     * @param pool           where the calls run; must grow as needed (a cached pool): the reading waits for its calls
     * @param concurrency    calls at once, 1 to 64
     * @param callsPerSecond ceiling for the whole reading, on top of ARM's per-subscription buckets
     */
    public TenantsReader(RegistrationApi api, ExecutorService pool, int concurrency, double callsPerSecond) {
        if (concurrency < 1 || concurrency > 64) throw new IllegalArgumentException("concurrency must be between 1 and 64");
        this.api = api;
        this.pool = pool;
        this.concurrency = concurrency;
        this.callsPerSecond = callsPerSecond;
    }

    /** A reading in progress. */
    public static final class Run {
        private final CompletableFuture<TenantListing> result = new CompletableFuture<>();
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final List<Future<?>> calls = new ArrayList<>();
        private Thread coordinator;

        /** Completes with the listing, whole or, after {@link #cancel()}, with what was read (marked cancelled). */
        public CompletableFuture<TenantListing> result() { return result; }

        /** Stops the calls in flight; calls not started never start. */
        public void cancel() {
            cancelled.set(true);
            synchronized (this) {
                if (coordinator != null) coordinator.interrupt();
                for (Future<?> f : calls) f.cancel(true);
            }
        }

        boolean cancelled() { return cancelled.get(); }

        synchronized boolean enter() {
            if (cancelled.get()) return false;
            coordinator = Thread.currentThread();
            return true;
        }

        synchronized void leave() {
            coordinator = null;
            Thread.interrupted();   // a late cancel must not leave the pool's thread interrupted
        }

        synchronized void track(Future<?> f) {
            calls.add(f);
            if (cancelled.get()) f.cancel(true);
        }
    }

    /**
     * @param asked       ids to look up directly whatever the list says (exactly as given: the service is case sensitive)
     * @param expected    ids to look up directly when the list comes back empty
     * @param readDetails whether to read each mapped customer subscription itself
     */
    public Run start(RegistrationRef ref, Collection<String> asked, Collection<String> expected, boolean readDetails, Listener listener) {
        Run run = new Run();
        // The limiter alone retries a 429: the adapter under it hands them back instead of retrying them too.
        RegistrationApi limited = new RateLimitedApi(api.throttlingLeftToCaller(),
                new RateLimiter(callsPerSecond, (int) Math.max(1, callsPerSecond)), BulkRunner.MAX_THROTTLE_WAIT);
        pool.execute(() -> {
            if (!run.enter()) {
                run.result.complete(new TenantListing(ref, List.of(), null, Duration.ZERO, Map.of(), List.of(), true));
                return;
            }
            try {
                run.result.complete(read(limited, ref, asked, expected, readDetails, listener, run));
            } catch (RuntimeException | Error e) {
                run.result.completeExceptionally(e);
            } finally {
                run.leave();
            }
        });
        return run;
    }

    /** Reads and waits; interrupting the calling thread cancels the reading. */
    public TenantListing read(RegistrationRef ref, Collection<String> asked, Collection<String> expected, boolean readDetails,
                              Listener listener) throws InterruptedException {
        Run run = start(ref, asked, expected, readDetails, listener);
        try {
            return run.result().get();
        } catch (InterruptedException e) {
            run.cancel();
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw (Error) e.getCause();
        }
    }

    private TenantListing read(RegistrationApi limited, RegistrationRef ref, Collection<String> asked, Collection<String> expected,
                               boolean readDetails, Listener listener, Run run) {
        long t0 = System.nanoTime();
        List<CustomerSubscription> mappings = List.of();
        ArmFailure listFailure = null;
        try {
            mappings = limited.customerSubscriptions(ref);
        } catch (ArmFailure f) {
            listFailure = f;
        }
        Duration listTook = since(t0);
        if (run.cancelled() || listFailure != null && listFailure.kind() == ArmFailure.Kind.CANCELLED) {
            return new TenantListing(ref, List.of(), null, listTook, Map.of(), List.of(), true);
        }
        Set<String> lookUp = new LinkedHashSet<>(asked);
        if (listFailure == null && mappings.isEmpty()) lookUp.addAll(expected);
        Set<String> toRead = new LinkedHashSet<>();
        if (readDetails) for (CustomerSubscription m : mappings) toRead.add(m.subscriptionId());

        Progress progress = new Progress(listener, lookUp.size() + toRead.size());
        List<String> lookUpIds = List.copyOf(lookUp);
        DirectLookup[] lookups = new DirectLookup[lookUpIds.size()];
        Map<String, CustomerDetails> details = new HashMap<>();
        List<String> readIds = new ArrayList<>(toRead);
        CustomerDetails[] read = new CustomerDetails[readIds.size()];
        // One pass for both kinds of call, so the lookups and the reads share the workers.
        each(lookups.length + read.length, i -> {
            if (i < lookups.length) lookups[i] = lookUp(limited, ref, lookUpIds.get(i));
            else read[i - lookups.length] = details(limited, readIds.get(i - lookups.length));
            progress.step();
        }, run);
        collect(readIds, read, details);
        // Mappings only a lookup found (the list missed them) get their details too.
        if (readDetails) {
            List<String> more = new ArrayList<>();
            for (DirectLookup l : lookups) {
                if (l != null && l.found() != null && !toRead.contains(l.found().subscriptionId())
                        && !more.contains(l.found().subscriptionId())) more.add(l.found().subscriptionId());
            }
            progress.grow(more.size());
            CustomerDetails[] moreRead = new CustomerDetails[more.size()];
            each(more.size(), i -> {
                moreRead[i] = details(limited, more.get(i));
                progress.step();
            }, run);
            collect(more, moreRead, details);
        }
        List<DirectLookup> done = new ArrayList<>();
        for (DirectLookup l : lookups) if (l != null) done.add(l);
        return new TenantListing(ref, mappings, listFailure, listTook, details, done, run.cancelled());
    }

    private static void collect(List<String> ids, CustomerDetails[] read, Map<String, CustomerDetails> into) {
        for (int i = 0; i < read.length; i++) if (read[i] != null) into.put(ids.get(i), read[i]);
    }

    /** A lookup, or null when it was cancelled (a cancelled call says nothing about the mapping). */
    private static DirectLookup lookUp(RegistrationApi api, RegistrationRef ref, String id) {
        long t0 = System.nanoTime();
        try {
            return new DirectLookup(id, api.customerSubscription(ref, id), null, since(t0));
        } catch (ArmFailure f) {
            return f.kind() == ArmFailure.Kind.CANCELLED ? null : new DirectLookup(id, null, f, since(t0));
        }
    }

    private static CustomerDetails details(RegistrationApi api, String id) {
        long t0 = System.nanoTime();
        try {
            SubscriptionInfo s = api.subscription(id);
            return CustomerDetails.read(id, s, since(t0));
        } catch (ArmFailure f) {
            return f.kind() == ArmFailure.Kind.CANCELLED ? null : CustomerDetails.failed(id, f, since(t0));
        }
    }

    private interface Task { void run(int index); }

    /**
     * Runs {@code task} for 0..n-1 on a few workers of the pool taking indexes one after another (nothing is queued
     * per index, however many there are), and waits for them. A cancel stops the workers; the indexes not run stay
     * unrun.
     */
    private void each(int n, Task task, Run run) {
        if (n == 0 || run.cancelled()) return;
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(concurrency, n);
        List<Future<?>> mine = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Future<?> f = pool.submit(() -> {
                for (int i; !run.cancelled() && !Thread.currentThread().isInterrupted() && (i = next.getAndIncrement()) < n; ) {
                    task.run(i);
                }
            });
            mine.add(f);
            run.track(f);
        }
        for (Future<?> f : mine) {
            try {
                f.get();
            } catch (InterruptedException e) {
                run.cancel();
                return;
            } catch (java.util.concurrent.CancellationException e) {
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
            }
        }
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    private static final class Progress {
        private final Listener listener;
        private int done;
        private int total;

        Progress(Listener listener, int total) {
            this.listener = listener;
            this.total = total;
        }

        synchronized void grow(int more) { total += more; }

        synchronized void step() {
            done++;
            listener.progress(done, total);
        }
    }
}
