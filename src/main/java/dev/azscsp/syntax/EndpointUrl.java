package dev.azscsp.syntax;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * What a custom cloud's URLs may look like, one rule for the command line, the window and the Azure adapter.
 *
 * <p>Both must be {@code https} (in any letter case) with a host: tokens never travel in clear text. The ARM endpoint
 * is more: only the origin ({@code https://host[:port]}, a trailing "/" allowed), because every request path is
 * added to it as it stands: a path, a {@code ?query} or a {@code #fragment} would send the calls somewhere else, and
 * a {@code user:password@} would put a password in every log line that names the endpoint. The sign-in authority
 * may have a path (an AD FS authority ends in {@code /adfs}).
 */
public final class EndpointUrl {
    /** What is wrong with a URL, most basic first. */
    public enum Problem {
        /** Not a URL, not https, or no host. */
        NOT_HTTPS,
        /** A user name or password before the host. */
        USER_INFO,
        /** A path (other than a lone "/"), a query or a fragment after the host. */
        NOT_AN_ORIGIN
    }

    private EndpointUrl() {}

    /** Why {@code v} cannot be an ARM endpoint; empty when it can. */
    public static Optional<Problem> armEndpointProblem(String v) {
        URI u = parse(v);
        Optional<Problem> basic = httpsProblem(u);
        if (basic.isPresent()) return basic;
        String path = u.getRawPath();
        boolean originOnly = (path == null || path.isEmpty() || path.equals("/")) && u.getRawQuery() == null
                && u.getRawFragment() == null;
        return originOnly ? Optional.empty() : Optional.of(Problem.NOT_AN_ORIGIN);
    }

    /** Why {@code v} cannot be a sign-in authority; empty when it can. */
    public static Optional<Problem> authorityProblem(String v) {
        return httpsProblem(parse(v));
    }

    private static URI parse(String v) {
        if (v == null || v.isBlank()) return null;
        try {
            return new URI(v.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Optional<Problem> httpsProblem(URI u) {
        if (u == null || !"https".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) return Optional.of(Problem.NOT_HTTPS);
        if (u.getRawUserInfo() != null) return Optional.of(Problem.USER_INFO);
        return Optional.empty();
    }
}
