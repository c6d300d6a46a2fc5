package dev.azscsp.diagnosis;

import dev.azscsp.diagnosis.api.Account;

/** The package-private evidence texts of {@link StandardChecks}, for tests elsewhere. */
public final class StandardChecksAccess {
    private StandardChecksAccess() {}

    public static Text signedIn(Account a) { return StandardChecks.signedIn(a); }
}
