package dev.azscsp.diagnosis.api;

import java.util.Locale;

/**
 * A management lock as ARM lists it at a scope.
 *
 * @param id    the lock's ARM id: {@code {scope}/providers/Microsoft.Authorization/locks/{name}}, which tells where it sits
 * @param name  the lock's name
 * @param level {@code ReadOnly}, {@code CanNotDelete} (or {@code NotSpecified}) as ARM wrote it
 * @param notes the lock's notes (often who set it and why), or null
 */
public record ManagementLock(String id, String name, String level, String notes) {
    private static final String LOCKS = "/providers/microsoft.authorization/locks/";

    /** Where a lock sits, relative to a registration. */
    public enum Where { SUBSCRIPTION, RESOURCE_GROUP, REGISTRATION, ELSEWHERE }

    /** A ReadOnly lock blocks every write below it, the PUT of a mapping included. */
    public boolean readOnly() { return "ReadOnly".equalsIgnoreCase(level); }

    /** A CanNotDelete lock blocks deletes only: a PUT still goes through. */
    public boolean canNotDelete() { return "CanNotDelete".equalsIgnoreCase(level); }

    /** The scope the lock is set on: its id without the {@code /providers/Microsoft.Authorization/locks/…} tail. */
    public String scope() {
        if (id == null) return null;
        int at = id.toLowerCase(Locale.ROOT).lastIndexOf(LOCKS);
        return at < 0 ? null : id.substring(0, at);
    }

    /**
     * Where this lock sits for {@code ref}: on its subscription, its resource group, the registration itself, or
     * elsewhere (below the registration, or another scope), where it does not bind a PUT of the registration's child.
     */
    public Where where(RegistrationRef ref) {
        String s = scope();
        if (s == null) return Where.ELSEWHERE;
        String scope = trim(s);
        String subscription = "/subscriptions/" + ref.subscriptionId();
        String group = subscription + "/resourceGroups/" + ref.resourceGroup();
        if (scope.equalsIgnoreCase(subscription)) return Where.SUBSCRIPTION;
        if (scope.equalsIgnoreCase(group)) return Where.RESOURCE_GROUP;
        if (scope.equalsIgnoreCase(ref.resourceId())) return Where.REGISTRATION;
        return Where.ELSEWHERE;
    }

    private static String trim(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
