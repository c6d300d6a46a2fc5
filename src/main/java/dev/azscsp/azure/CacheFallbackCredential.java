package dev.azscsp.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import reactor.core.publisher.Mono;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Tries the credential with the persistent token cache; if the cache itself fails (native store unavailable, JNA
 * trouble), switches for good to the same credential with an in-memory cache. Other failures, such as a sign-in
 * the user cancelled, pass through unchanged: falling back then would open a second browser window.
 */
final class CacheFallbackCredential implements TokenCredential {
    private final TokenCredential persistent;
    private final Supplier<TokenCredential> inMemory;
    private volatile TokenCredential fallback;

    CacheFallbackCredential(TokenCredential persistent, Supplier<TokenCredential> inMemory) {
        this.persistent = persistent;
        this.inMemory = inMemory;
    }

    boolean usesFallback() { return fallback != null; }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        TokenCredential memory = fallback;
        if (memory != null) return memory.getToken(request);
        Mono<AccessToken> attempt;
        try {
            attempt = persistent.getToken(request);
        } catch (RuntimeException | LinkageError e) {
            if (isCacheFailure(e)) return fallback().getToken(request);
            throw e;
        }
        return attempt.onErrorResume(CacheFallbackCredential::isCacheFailure, e -> fallback().getToken(request));
    }

    private synchronized TokenCredential fallback() {
        if (fallback == null) fallback = inMemory.get();
        return fallback;
    }

    static boolean isCacheFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String type = c.getClass().getName();
            if (c instanceof LinkageError || type.startsWith("com.microsoft.aad.msal4jextensions.") || type.startsWith("com.sun.jna.")) {
                return true;
            }
            String m = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("token cache") || m.contains("keychain") || m.contains("libsecret") || m.contains("keyring")
                    || m.contains("dpapi")) {
                return true;
            }
        }
        return false;
    }
}
