package dev.azscsp.diagnosis.tenants;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.RegistrationRef;

/**
 * Every customer subscription mapped to one registration, as read: the list (all pages), the direct lookups of ids
 * the user expects, and what the signed-in identity could read of each mapped subscription. Plain data, no SDK type:
 * the command line, the window and the reconciliation read the same object.
 *
 * @param mappings    as listed, in the service's order; empty when the list failed
 * @param listFailure why the list could not be read, or null
 * @param listTook    how long the list took, every page
 * @param details     by the mapped subscription id exactly as ARM spells it
 * @param lookups     the direct GETs made, in the order asked
 * @param cancelled   whether the reading was stopped before the end (what was read is kept)
 */
public record TenantListing(RegistrationRef registration, List<CustomerSubscription> mappings, ArmFailure listFailure,
                            Duration listTook, Map<String, CustomerDetails> details, List<DirectLookup> lookups,
                            boolean cancelled) {

    public TenantListing {
        mappings = List.copyOf(mappings);
        details = Map.copyOf(details);
        lookups = List.copyOf(lookups);
    }

    /** The list was read to its end. */
    public boolean listed() { return listFailure == null && !cancelled; }

    /**
     * The list was read and came back empty: not proof that nothing is mapped (the empty-list report), so only direct
     * lookups can say whether an expected id is mapped.
     */
    public boolean inconclusive() { return listed() && mappings.isEmpty(); }

    /** The mappings listed, then those a direct lookup found that the list did not hold. */
    public List<CustomerSubscription> found() {
        Set<String> listed = new HashSet<>();
        for (CustomerSubscription m : mappings) listed.add(m.subscriptionId());
        List<CustomerSubscription> all = new ArrayList<>(mappings);
        for (DirectLookup l : lookups) {
            if (l.found() != null && listed.add(l.found().subscriptionId())) all.add(l.found());
        }
        return all;
    }

    /** Mappings a direct lookup found although the list did not hold them: the list is not to be trusted. */
    public List<CustomerSubscription> foundOnlyByLookup() {
        List<CustomerSubscription> all = found();
        return all.subList(mappings.size(), all.size());
    }

    /** The details of a mapped subscription, or null when it was not read (cancelled, or not asked). */
    public CustomerDetails detailsOf(String subscriptionId) { return details.get(subscriptionId); }

    /** The direct lookup of this id (exactly as asked), or null. */
    public DirectLookup lookupOf(String subscriptionId) {
        for (DirectLookup l : lookups) if (l.subscriptionId().equals(subscriptionId)) return l;
        return null;
    }
}
