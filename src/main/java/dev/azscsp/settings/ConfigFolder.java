package dev.azscsp.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its per-user files: the system property {@code azscsp.home} when set (tests, portable use),
 * else the OS's per-user configuration folder.
 */
public final class ConfigFolder {
    /** The system property that overrides the folder. */
    public static final String HOME_PROPERTY = "azscsp.home";
    static final String WINDOWS_AND_MAC_NAME = "AzsCspTroubleshooter";
    static final String UNIX_NAME = "azs-csp-troubleshooter";

    private ConfigFolder() {}

    /** The folder for the running JVM's user. */
    public static Path forCurrentUser() {
        return resolve(System.getProperty(HOME_PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", "."));
    }

    /**
     * The rules, with every input passed in so each OS can be tested anywhere.
     *
     * @param override the value of {@code azscsp.home}, or null
     */
    static Path resolve(String override, String osName, Map<String, String> env, String userHome) {
        if (override != null && !override.isBlank()) return Path.of(override.strip());
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve(WINDOWS_AND_MAC_NAME);
        }
        if (os.startsWith("mac") || os.contains("darwin")) {
            return Path.of(userHome, "Library", "Application Support", WINDOWS_AND_MAC_NAME);
        }
        // XDG says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, UNIX_NAME);
        return Path.of(userHome, ".config", UNIX_NAME);
    }
}
