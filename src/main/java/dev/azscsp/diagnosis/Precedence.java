package dev.azscsp.diagnosis;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which error decides when several are found: the one that must be fixed first. The order follows the service's
 * own evaluation order (input → registration → approval → billing model → customer subscription → its offer → its
 * partner), preceded by what stops every check (sign-in, network) and followed by what only asks for a retry.
 * The diagnosis picks its primary card with it; the reader of pasted errors takes the text's first error instead.
 */
public final class Precedence {
    private static final List<String> ORDER = List.of(
            "InputFormatInvalid",
            "SignInFailed", "InvalidAuthenticationToken",
            "TlsUntrusted", "NetworkUnreachable", "RequestTimedOut",
            "SubscriptionNotFound", "ResourceGroupNotFound", "RegistrationNotFound", "ResourceNotFound",
            "ParentResourceNotFound",
            "AuthorizationFailed", "MissingWritePermission", "ScopeLocked",
            "MissingSubscriptionRegistration",
            "UnauthorizedCspRegistration",
            "CustomerSubscriptionsNotAllowed",
            "InvalidCustomerSubscriptionId",
            "InvalidCSPSubscription",
            "BadCustomerSubscriptionId",
            "CustomerSubscriptionNotFound",
            "CloudIdUpdateNotAllowed", "InvalidRegistrationToken",
            "MetadataResolverBadGatewayError", "TooManyRequests", "UnexpectedResponse");

    /** Most decisive first; codes we do not know come last, in their given order. */
    public static final Comparator<String> MOST_DECISIVE_FIRST = Comparator.comparingInt(Precedence::rank);

    private Precedence() {}

    public static int rank(String code) {
        if (code == null) return Integer.MAX_VALUE;
        for (int i = 0; i < ORDER.size(); i++) {
            if (ORDER.get(i).toLowerCase(Locale.ROOT).equals(code.toLowerCase(Locale.ROOT))) return i;
        }
        return ORDER.size();
    }

    /** The codes in precedence order, for documentation and tests. */
    public static List<String> order() { return ORDER; }
}
