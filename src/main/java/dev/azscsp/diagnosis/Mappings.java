package dev.azscsp.diagnosis;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

import dev.azscsp.diagnosis.api.CustomerSubscription;

/**
 * The customer subscriptions mapped under a registration, indexed once by subscription id and by tenant (ignoring
 * letter case), so the checks look a customer up instead of scanning the list: a registration may map a hundred
 * thousand subscriptions, and a bulk run looks up one per row against the same list. Lookups answer as a scan in
 * list order would: the first match listed.
 */
public final class Mappings extends AbstractList<CustomerSubscription> implements RandomAccess {
    private final List<CustomerSubscription> all;
    private final Map<String, List<CustomerSubscription>> byId;
    private final Map<String, List<CustomerSubscription>> byTenant;

    private Mappings(List<CustomerSubscription> listed) {
        all = Collections.unmodifiableList(new ArrayList<>(listed));
        int capacity = Math.max(16, (int) (all.size() / 0.75f) + 1);
        byId = new HashMap<>(capacity);
        byTenant = new HashMap<>(capacity);
        for (CustomerSubscription m : all) {
            if (m == null) continue;
            if (m.subscriptionId() != null) add(byId, fold(m.subscriptionId()), m);
            if (m.tenantId() != null) add(byTenant, fold(m.tenantId()), m);
        }
    }

    /** The list indexed; a list that already is {@code Mappings} is handed back as it is. */
    public static Mappings of(List<CustomerSubscription> listed) {
        return listed instanceof Mappings m ? m : new Mappings(listed);
    }

    @Override public CustomerSubscription get(int index) { return all.get(index); }
    @Override public int size() { return all.size(); }

    /** The mapping spelled exactly so (the service is case sensitive). */
    public Optional<CustomerSubscription> exact(String subscriptionId) {
        for (CustomerSubscription m : sameLetters(byId, subscriptionId)) {
            if (subscriptionId.equals(m.subscriptionId())) return Optional.of(m);
        }
        return Optional.empty();
    }

    /** A mapping of the same id written in other letter case. */
    public Optional<CustomerSubscription> otherCase(String subscriptionId) {
        for (CustomerSubscription m : sameLetters(byId, subscriptionId)) {
            if (subscriptionId.equalsIgnoreCase(m.subscriptionId()) && !subscriptionId.equals(m.subscriptionId())) return Optional.of(m);
        }
        return Optional.empty();
    }

    /** A mapping of this tenant under another subscription than this one. */
    public Optional<CustomerSubscription> tenantElsewhere(String tenantId, String subscriptionId) {
        // Stops at the first of the tenant's mappings that is not this subscription: a step or two, however many it has.
        for (CustomerSubscription m : sameLetters(byTenant, tenantId)) {
            if (tenantId.equalsIgnoreCase(m.tenantId()) && !subscriptionId.equalsIgnoreCase(m.subscriptionId())) return Optional.of(m);
        }
        return Optional.empty();
    }

    /** How many mappings are of other subscriptions than this one, in any letter case. */
    public int othersThan(String subscriptionId) {
        int same = 0;
        for (CustomerSubscription m : sameLetters(byId, subscriptionId)) {
            if (subscriptionId.equalsIgnoreCase(m.subscriptionId())) same++;
        }
        return all.size() - same;
    }

    private static List<CustomerSubscription> sameLetters(Map<String, List<CustomerSubscription>> index, String key) {
        return key == null ? List.of() : index.getOrDefault(fold(key), List.of());
    }

    private static void add(Map<String, List<CustomerSubscription>> index, String key, CustomerSubscription m) {
        List<CustomerSubscription> had = index.get(key);
        if (had == null) {
            index.put(key, List.of(m));   // the usual case: one mapping per key, kept small
        } else {
            List<CustomerSubscription> more = had instanceof ArrayList ? had : new ArrayList<>(had);
            more.add(m);
            index.put(key, more);
        }
    }

    /**
     * One spelling for all the letter cases {@link String#equalsIgnoreCase} takes as equal (it compares upper case,
     * then lower case of that); the string itself when it already is that spelling, as ids from ARM usually are.
     */
    static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.toLowerCase(Character.toUpperCase(c)) != c) {
                StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
                for (int j = i; j < s.length(); j++) b.append(Character.toLowerCase(Character.toUpperCase(s.charAt(j))));
                return b.toString();
            }
        }
        return s;
    }
}
