package dev.azscsp.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Gives up on a token request that takes longer than the limit: a browser window closed without finishing, a
 * device code never entered. Wraps the credential once, so both {@code account()} and the ARM calls' own token
 * requests are bounded.
 */
final class TimeLimitedCredential implements TokenCredential {
    private final TokenCredential delegate;
    private final Duration limit;

    TimeLimitedCredential(TokenCredential delegate, Duration limit) {
        this.delegate = delegate;
        this.limit = limit;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return delegate.getToken(request).timeout(limit, Mono.error(() -> new SignInTimeoutException(limit)));
    }

    /** The sign-in did not finish in time. */
    static final class SignInTimeoutException extends RuntimeException {
        SignInTimeoutException(Duration limit) {
            super("Sign-in did not finish within " + describe(limit) + ". Start it again when ready.");
        }

        private static String describe(Duration d) {
            return d.toMinutes() >= 1 && d.toSecondsPart() == 0 ? d.toMinutes() + " minute" + (d.toMinutes() == 1 ? "" : "s")
                    : d.toMillis() + " ms";
        }
    }
}
