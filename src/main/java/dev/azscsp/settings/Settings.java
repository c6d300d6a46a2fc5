package dev.azscsp.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the app remembers between runs. Plain values only (language tag, theme, cloud and sign-in keys), so this
 * package needs nothing else of the app. There is deliberately no field for a secret: a service principal's secret
 * exists only in memory while the app runs.
 *
 * @param language  {@code en} or {@code fr}; null means "the OS language"
 * @param theme     {@code light} or {@code dark}
 * @param cloud     a cloud key such as {@code AzureCloud}
 * @param signIn    a sign-in key such as {@code device-code}
 * @param clientId  a service principal's application id (public, unlike its secret)
 * @param scenario  the demo scenario key last picked
 * @param columnChoices the columns picked for expected-customers files by their header, most recent first
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Settings(int version, String language, String theme, String cloud, String signIn, String armEndpoint,
                       String authorityHost, String tenantId, String clientId, String scenario, WindowBounds window,
                       List<RecentRegistration> recentRegistrations, List<RecentCustomer> recentCustomers,
                       List<ColumnChoice> columnChoices) {

    public static final int CURRENT_VERSION = 1;
    /** How many recent registrations and customers are kept. */
    public static final int MAX_RECENT = 8;

    public Settings {
        recentRegistrations = cleanRecent(recentRegistrations, RecentRegistration::complete, RecentRegistration::sameAs);
        recentCustomers = cleanRecent(recentCustomers, RecentCustomer::complete, RecentCustomer::sameAs);
        columnChoices = cleanRecent(columnChoices, ColumnChoice::complete, ColumnChoice::sameAs);
        if (window != null && !window.plausible()) window = null;
    }

    public static Settings defaults() {
        return new Settings(CURRENT_VERSION, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of());
    }

    public Settings withLanguage(String v) {
        return new Settings(version, v, theme, cloud, signIn, armEndpoint, authorityHost, tenantId, clientId, scenario, window, recentRegistrations, recentCustomers, columnChoices);
    }

    public Settings withTheme(String v) {
        return new Settings(version, language, v, cloud, signIn, armEndpoint, authorityHost, tenantId, clientId, scenario, window, recentRegistrations, recentCustomers, columnChoices);
    }

    /** How the user connects; never the secret. */
    public Settings withConnection(String cloud, String signIn, String armEndpoint, String authorityHost, String tenantId,
                                   String clientId, String scenario) {
        return new Settings(version, language, theme, cloud, signIn, armEndpoint, authorityHost, tenantId, clientId, scenario, window, recentRegistrations, recentCustomers, columnChoices);
    }

    public Settings withWindow(WindowBounds v) {
        return new Settings(version, language, theme, cloud, signIn, armEndpoint, authorityHost, tenantId, clientId, scenario, v, recentRegistrations, recentCustomers, columnChoices);
    }

    /** Puts a registration first in the recent list (moving it if it was there already). */
    public Settings withRecentRegistration(RecentRegistration r) {
        List<RecentRegistration> list = new ArrayList<>();
        list.add(r);
        list.addAll(recentRegistrations);
        return new Settings(version, language, theme, cloud, signIn, armEndpoint, authorityHost, tenantId, clientId, scenario, window, list, recentCustomers, columnChoices);
    }

    /** Drops a registration from the recent list (ARM said it does not exist). */
    public Settings withoutRecentRegistration(RecentRegistration r) {
        List<RecentRegistration> list = recentRegistrations.stream().filter(x -> !x.sameAs(r)).toList();
        return new Settings(version, language, theme, cloud, signIn, armEndpoint, authorityHost, tenantId, clientId, scenario, window, list, recentCustomers, columnChoices);
    }

    /** Puts a customer first in the recent list (moving it if it was there already). */
    public Settings withRecentCustomer(RecentCustomer c) {
        List<RecentCustomer> list = new ArrayList<>();
        list.add(c);
        list.addAll(recentCustomers);
        return new Settings(version, language, theme, cloud, signIn, armEndpoint, authorityHost, tenantId, clientId, scenario, window, recentRegistrations, list, columnChoices);
    }

    /** Puts the columns picked for a header first (replacing an earlier pick for the same header). */
    public Settings withColumnChoice(ColumnChoice c) {
        List<ColumnChoice> list = new ArrayList<>();
        list.add(c);
        list.addAll(columnChoices);
        return new Settings(version, language, theme, cloud, signIn, armEndpoint, authorityHost, tenantId, clientId, scenario, window, recentRegistrations, recentCustomers, list);
    }

    /** The columns picked before for this header key ({@link ColumnChoice#key}), or null. */
    public ColumnChoice columnChoice(String header) {
        return columnChoices.stream().filter(c -> c.header().equals(header)).findFirst().orElse(null);
    }

    /** Drops incomplete and repeated entries (the first one wins) and keeps at most {@link #MAX_RECENT}. */
    private static <T> List<T> cleanRecent(List<T> in, java.util.function.Predicate<T> complete, BiPredicate<T, T> same) {
        if (in == null) return List.of();
        List<T> out = new ArrayList<>();
        for (T t : in) {
            if (t == null || !complete.test(t)) continue;
            if (out.stream().anyMatch(o -> same.test(o, t))) continue;
            out.add(t);
            if (out.size() == MAX_RECENT) break;
        }
        return List.copyOf(out);
    }
}
