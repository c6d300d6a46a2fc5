package dev.azscsp.diagnosis.tenants;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.azscsp.diagnosis.Diagnostician;
import dev.azscsp.diagnosis.Text;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.tenants.PlannedWrite.Action;
import dev.azscsp.diagnosis.tenants.PlannedWrite.Replaced;

/**
 * Applies a confirmed {@link TenantPlan}: this and {@code Diagnostician.add} are the only code that writes to Azure
 * (WritePathsTest). First a fresh listing of the registration's mappings, against which each row is checked again
 * just before its write: a row already done is skipped (so an interrupted plan can be applied again), a row whose
 * mappings changed since the plan was made is not sent. Writes go one at a time, paced by a {@link WritePacer}; the
 * first refusal that would refuse every other row too (authorization, sign-in, a lock, a registration not approved)
 * stops the run, and the rows after it are "not sent". Every write leaves two lines in the log, ids only.
 */
public final class PlanApplier {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlanApplier.class);

    public enum Outcome {
        /** Written: ARM answered success. */
        DONE,
        /** Not sent: the fresh listing shows it done already (or, for a DELETE, ARM said the mapping is gone). */
        ALREADY_DONE,
        /** Sent and refused: {@link RowResult#code()} names the card. */
        REFUSED,
        /** Not sent: the mappings changed since the plan was made, so the row no longer does what was reviewed. */
        NO_LONGER_APPLIES,
        /** Not sent: the run stopped before it (a refusal for every row, a cancel, a listing that failed). */
        NOT_SENT;

        public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
    }

    /**
     * @param code      the card of a refusal (AuthorizationFailed, ScopeLocked…), or null
     * @param note      what happened in words, or null
     * @param requestId ARM's request id of the write, when it answered with one
     */
    public record RowResult(PlannedWrite write, Outcome outcome, String code, Text note, String requestId, Duration took) {}

    /**
     * @param listFailure why the fresh listing could not be read (nothing was sent), or null
     * @param stoppedBy   the refusal that stopped the run, or null
     */
    public record Result(TenantPlan plan, List<RowResult> rows, ArmFailure listFailure, RowResult stoppedBy, boolean cancelled) {
        public Result {
            rows = List.copyOf(rows);
        }

        public int count(Outcome o) { return (int) rows.stream().filter(r -> r.outcome() == o).count(); }

        /** Every row is done, now or before. */
        public boolean complete() { return rows.stream().allMatch(r -> r.outcome() == Outcome.DONE || r.outcome() == Outcome.ALREADY_DONE); }
    }

    /** Each row's outcome as soon as it is known, from the applying thread (a ViewModel hands it to the UI thread). */
    public interface Listener {
        Listener NONE = (index, row) -> { };

        void row(int index, RowResult row);
    }

    /** A plan being applied. */
    public static final class Run {
        private final CompletableFuture<Result> result = new CompletableFuture<>();
        private final AtomicBoolean cancelled = new AtomicBoolean();

        public CompletableFuture<Result> result() { return result; }

        /** Sends nothing more: the write in flight, if any, is let finish (its outcome must be known), the rest are not sent. */
        public void cancel() { cancelled.set(true); }

        public boolean isCancelled() { return cancelled.get(); }
    }

    private final RegistrationApi api;
    private final WritePacer pacer;

    public PlanApplier(RegistrationApi api, WritePacer pacer) {
        this.api = api;
        this.pacer = pacer;
    }

    /** Applies on {@code pool}; the result completes when every row has its outcome. */
    public Run start(TenantPlan plan, Executor pool, Listener listener) {
        Run run = new Run();
        pool.execute(() -> {
            try {
                run.result.complete(apply(plan, run, listener));
            } catch (RuntimeException | Error e) {
                run.result.completeExceptionally(e);
            }
        });
        return run;
    }

    /** Applies on the calling thread. */
    public Result apply(TenantPlan plan, Listener listener) {
        return apply(plan, new Run(), listener);
    }

    private Result apply(TenantPlan plan, Run run, Listener listener) {
        RegistrationRef ref = plan.registration();
        List<RowResult> rows = new ArrayList<>();
        Map<String, String> mapped;   // subscription id exactly as mapped -> tenant (null: none)
        try {
            mapped = current(plan);
        } catch (ArmFailure f) {
            for (PlannedWrite w : plan.writes()) rows.add(notSent(w, Text.of("plan.row.notListed")));
            for (int i = 0; i < rows.size(); i++) listener.row(i, rows.get(i));
            return new Result(plan, rows, f, null, false);
        }
        RowResult stoppedBy = null;
        for (PlannedWrite w : plan.writes()) {
            RowResult r;
            if (stoppedBy != null) {
                r = notSent(w, Text.of("plan.row.afterStop", stoppedBy.code()));
            } else if (run.isCancelled()) {
                r = notSent(w, Text.of("plan.row.cancelled"));
            } else {
                r = check(w, mapped);
                if (r == null) r = send(ref, w, mapped);
                if (stops(r)) stoppedBy = r;
            }
            rows.add(r);
            listener.row(rows.size() - 1, r);
        }
        return new Result(plan, rows, null, stoppedBy, run.isCancelled());
    }

    /**
     * The mappings now: the whole list; when it comes back empty (which has been seen while mappings existed), a
     * direct GET of each id the plan names instead.
     */
    private Map<String, String> current(TenantPlan plan) throws ArmFailure {
        Map<String, String> now = new LinkedHashMap<>();
        for (CustomerSubscription m : api.customerSubscriptions(plan.registration())) now.put(m.subscriptionId(), m.tenantId());
        if (!now.isEmpty()) return now;
        List<String> ids = new ArrayList<>();
        for (PlannedWrite w : plan.writes()) {
            ids.add(w.subscriptionId());
            for (Replaced x : w.replaces()) ids.add(x.subscriptionId());
        }
        for (String id : ids) {
            if (now.containsKey(id)) continue;
            try {
                CustomerSubscription m = api.customerSubscription(plan.registration(), id);
                now.put(m.subscriptionId(), m.tenantId());
            } catch (ArmFailure f) {
                if (f.kind() != ArmFailure.Kind.NOT_FOUND) throw f;
            }
        }
        return now;
    }

    /** The row against the mappings now: done already, no longer what was reviewed, or null to send it. */
    private static RowResult check(PlannedWrite w, Map<String, String> mapped) {
        boolean there = mapped.containsKey(w.subscriptionId());
        String tenantNow = mapped.get(w.subscriptionId());
        if (w.action() == Action.REMOVE) {
            if (!there) return new RowResult(w, Outcome.ALREADY_DONE, null, Text.of("plan.row.gone"), null, Duration.ZERO);
            if (!sameTenant(tenantNow, w.tenantId())) {
                return new RowResult(w, Outcome.NO_LONGER_APPLIES, null, Text.of("plan.row.tenantChanged", dash(tenantNow), dash(w.tenantId())), null, Duration.ZERO);
            }
            return null;
        }
        if (there && (w.tenantId() == null || sameTenant(tenantNow, w.tenantId()))) {
            return new RowResult(w, Outcome.ALREADY_DONE, null, Text.of("plan.row.mapped"), null, Duration.ZERO);
        }
        // What the PUT would replace now must be what the plan named: else it would undo something nobody reviewed.
        for (Map.Entry<String, String> m : mapped.entrySet()) {
            boolean replacedNow = m.getKey().equals(w.subscriptionId())
                    || (w.tenantId() != null && sameTenant(m.getValue(), w.tenantId()));
            if (replacedNow && w.replaces().stream().noneMatch(x -> x.subscriptionId().equals(m.getKey()) && sameTenant(x.tenantId(), m.getValue()))) {
                return new RowResult(w, Outcome.NO_LONGER_APPLIES, null, Text.of("plan.row.wouldReplace", m.getKey(), dash(m.getValue())), null, Duration.ZERO);
            }
        }
        return null;
    }

    private RowResult send(RegistrationRef ref, PlannedWrite w, Map<String, String> mapped) {
        String resource = w.resourceId(ref);
        try {
            pacer.acquire(w.action());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notSent(w, Text.of("plan.row.cancelled"));
        }
        // Every write leaves two lines in the log: what was confirmed, then what came of it. Ids only, never a token.
        LOG.info("Write confirmed (plan): {} {} with customer tenant {}", w.action().httpMethod(), resource, dash(w.tenantId()));
        long t0 = System.nanoTime();
        RowResult r;
        try {
            if (w.action() == Action.ADD) {
                CustomerSubscription added = api.addCustomerSubscription(ref, w.subscriptionId(), w.tenantId());
                mapped.entrySet().removeIf(m -> w.tenantId() != null && sameTenant(m.getValue(), w.tenantId()));
                mapped.put(w.subscriptionId(), added.tenantId() != null ? added.tenantId() : w.tenantId());
            } else {
                api.removeCustomerSubscription(ref, w.subscriptionId());
                mapped.remove(w.subscriptionId());
            }
            r = new RowResult(w, Outcome.DONE, null, null, null, took(t0));
        } catch (ArmFailure f) {
            if (w.action() == Action.REMOVE && f.kind() == ArmFailure.Kind.NOT_FOUND && f.is("CustomerSubscriptionNotFound")) {
                // Decided: a DELETE answered "not found" leaves the mapping gone, which is what was asked.
                mapped.remove(w.subscriptionId());
                r = new RowResult(w, Outcome.ALREADY_DONE, null, Text.of("plan.row.gone"), f.requestId().orElse(null), took(t0));
            } else {
                Text said = Text.of("plan.row.refused", f.status(), f.code() == null ? "—" : f.code(), f.getMessage());
                // No answer is not a no: the write may have reached ARM. Applying the plan again lists first, so it is safe.
                if (f.kind() == ArmFailure.Kind.TIMEOUT || f.kind() == ArmFailure.Kind.NETWORK) said = Text.of("plan.row.uncertain", said);
                r = new RowResult(w, Outcome.REFUSED, Diagnostician.cardCode(f), said, f.requestId().orElse(null), took(t0));
            }
        }
        LOG.info("Write {} (plan): {} {}{}", r.outcome().key(), w.action().httpMethod(), resource,
                r.code() == null ? "" : " (" + r.code() + (r.requestId() == null ? "" : ", request " + r.requestId()) + ")");
        return r;
    }

    /** A refusal that every later row would get too: sending them would only repeat it. */
    private static boolean stops(RowResult r) {
        if (r.outcome() != Outcome.REFUSED || r.code() == null) return false;
        return switch (r.code()) {
            case "AuthorizationFailed", "LinkedAuthorizationFailed", "InvalidAuthenticationToken", "ExpiredAuthenticationToken",
                 "SignInFailed", "ScopeLocked", "UnauthorizedCspRegistration", "RegistrationNotFound", "ParentResourceNotFound",
                 "MissingSubscriptionRegistration", "CustomerSubscriptionsNotAllowed", "NetworkUnreachable", "TlsUntrusted" -> true;
            default -> false;
        };
    }

    private static RowResult notSent(PlannedWrite w, Text why) {
        return new RowResult(w, Outcome.NOT_SENT, null, why, null, Duration.ZERO);
    }

    private static boolean sameTenant(String a, String b) {
        return a == null ? b == null : b != null && a.equalsIgnoreCase(b);
    }

    private static String dash(String v) { return Objects.requireNonNullElse(v, "-"); }

    private static Duration took(long t0) { return Duration.ofNanos(System.nanoTime() - t0); }
}
