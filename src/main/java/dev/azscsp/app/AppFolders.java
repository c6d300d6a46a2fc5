package dev.azscsp.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its per-user files. The system property {@code azscsp.home} moves them all (tests, portable
 * use); otherwise each OS's usual place.
 */
public final class AppFolders {
    static final String HOME_PROPERTY = "azscsp.home";

    private AppFolders() {}

    /** Log files: %LOCALAPPDATA%\AzsCspTroubleshooter\logs, ~/Library/Logs/AzsCspTroubleshooter, or XDG state. */
    public static Path logs() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) return Path.of(home, "logs");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String user = System.getProperty("user.home");
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : Path.of(user, "AppData", "Local").toString(), "AzsCspTroubleshooter", "logs");
        }
        if (os.startsWith("mac")) return Path.of(user, "Library", "Logs", "AzsCspTroubleshooter");
        String state = System.getenv("XDG_STATE_HOME");
        return Path.of(state != null && !state.isBlank() ? state : Path.of(user, ".local", "state").toString(), "azs-csp-troubleshooter", "logs");
    }
}
