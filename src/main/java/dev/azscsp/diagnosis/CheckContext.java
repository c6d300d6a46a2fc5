package dev.azscsp.diagnosis;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.RegistrationApi;

/** What a check can see: the target, the API, the results and facts of the checks it needs. */
public final class CheckContext {
    private final RegistrationTarget target;
    private final RegistrationApi api;
    private final ExecutorService calls;
    private final java.time.Duration checkTimeout;
    private final Map<CheckId, CheckResult> results = new ConcurrentHashMap<>();
    private final Map<CheckId, Object> facts = new ConcurrentHashMap<>();

    CheckContext(RegistrationTarget target, RegistrationApi api, ExecutorService calls, java.time.Duration checkTimeout) {
        this.target = target;
        this.api = api;
        this.calls = calls;
        this.checkTimeout = checkTimeout;
    }

    public RegistrationTarget target() { return target; }
    public RegistrationApi api() { return api; }

    /** Each check's time limit: a check that makes many calls keeps within it so its finding is not lost to a timeout. */
    public java.time.Duration checkTimeout() { return checkTimeout; }

    public Optional<CheckResult> result(CheckId id) { return Optional.ofNullable(results.get(id)); }

    public boolean passed(CheckId id) {
        CheckResult r = results.get(id);
        return r != null && (r.status() == CheckStatus.PASS || r.status() == CheckStatus.WARN);
    }

    /** Leaves a fact (the registration read, the mappings listed...) for the checks that need this one. */
    public void publish(CheckId from, Object fact) {
        facts.put(from, fact);
    }

    public <T> Optional<T> fact(CheckId from, Class<T> type) {
        Object o = facts.get(from);
        return type.isInstance(o) ? Optional.of(type.cast(o)) : Optional.empty();
    }

    void record(CheckResult r) {
        results.put(r.id(), r);
    }

    /** Starts a call beside the current one, for checks that need two independent answers. */
    public <T> Future<T> fork(Callable<T> call) {
        return calls.submit(call);
    }

    /** Waits for a forked call, handing back its ArmFailure as such. */
    public static <T> T join(Future<T> f) throws ArmFailure, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ArmFailure a) throw a;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        }
    }
}
