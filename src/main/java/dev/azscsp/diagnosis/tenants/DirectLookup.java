package dev.azscsp.diagnosis.tenants;

import java.time.Duration;

import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.CustomerSubscription;

/**
 * A GET of one mapping by its id, for an id the user expects: the answer the list cannot give when it comes back
 * empty (a public report shows the list empty while a GET of a known id worked).
 *
 * @param subscriptionId the id asked, exactly as given (the service is case sensitive)
 * @param found          the mapping, or null
 * @param failure        null when found; a NOT_FOUND when the service says it is not mapped; anything else: unknown
 */
public record DirectLookup(String subscriptionId, CustomerSubscription found, ArmFailure failure, Duration took) {

    /** The service answered that this id is not mapped. */
    public boolean notMapped() {
        return found == null && failure != null && failure.kind() == ArmFailure.Kind.NOT_FOUND;
    }

    /** Neither found nor known to be absent: the call failed in another way. */
    public boolean unknown() {
        return found == null && !notMapped();
    }
}
