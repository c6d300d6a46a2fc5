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

    /**
     * Files the app can always make again (the class-data archive of a {@code java -jar} start):
     * %LOCALAPPDATA%\AzsCspTroubleshooter\cache, ~/Library/Caches/AzsCspTroubleshooter, or XDG cache.
     */
    public static Path cache() {
        return cache(System.getProperty(HOME_PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", "."));
    }

    static Path cache(String home, String osName, java.util.Map<String, String> env, String user) {
        if (home != null && !home.isBlank()) return Path.of(home.strip(), "cache");
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : Path.of(user, "AppData", "Local"))
                    .resolve("AzsCspTroubleshooter").resolve("cache");
        }
        if (os.startsWith("mac")) return Path.of(user, "Library", "Caches", "AzsCspTroubleshooter");
        // XDG says a relative XDG_CACHE_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "azs-csp-troubleshooter");
        return Path.of(user, ".cache", "azs-csp-troubleshooter");
    }
}
