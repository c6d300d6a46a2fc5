package dev.azscsp.diagnosis.api;

import java.util.List;
import java.util.Locale;

/**
 * One entry of the signed-in identity's effective permissions at a scope, as ARM's {@code permissions} call lists
 * them: one entry per role that applies there. Data actions are left out: writing a mapping is a control-plane action.
 */
public record Permission(List<String> actions, List<String> notActions) {

    public Permission {
        actions = actions == null ? List.of() : List.copyOf(actions);
        notActions = notActions == null ? List.of() : List.copyOf(notActions);
    }

    /**
     * Whether this entry grants {@code action} as ARM evaluates it: some {@code actions} pattern matches and no
     * {@code notActions} pattern of the same entry does. A notAction only takes away from its own role's actions; it
     * is not a deny, so another entry may still grant the action.
     */
    public boolean allows(String action) {
        return actions.stream().anyMatch(p -> matches(p, action)) && notActions.stream().noneMatch(p -> matches(p, action));
    }

    /** Whether any entry grants {@code action}. */
    public static boolean anyAllows(List<Permission> permissions, String action) {
        return permissions.stream().anyMatch(p -> p.allows(action));
    }

    /**
     * An RBAC action pattern against an action, ignoring letter case; {@code *} stands for any run of characters,
     * '/' included ({@code *}, {@code *}{@code /write}, {@code Microsoft.AzureStack/registrations/*}). Plain wildcard
     * matching, no regular expression, so a pattern from the answer is data only.
     */
    static boolean matches(String pattern, String action) {
        if (pattern == null || action == null) return false;
        String p = pattern.toLowerCase(Locale.ROOT);
        String a = action.toLowerCase(Locale.ROOT);
        int pi = 0, ai = 0, star = -1, mark = 0;
        while (ai < a.length()) {
            if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = ai;
            } else if (pi < p.length() && p.charAt(pi) == a.charAt(ai)) {
                pi++;
                ai++;
            } else if (star >= 0) {
                pi = star + 1;
                ai = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') pi++;
        return pi == p.length();
    }
}
