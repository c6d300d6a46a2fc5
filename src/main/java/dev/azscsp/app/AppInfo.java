package dev.azscsp.app;

/** The app's name and version, read from the jar's manifest (or "dev" when run from classes). */
public final class AppInfo {
    public static final String NAME = "AzS CSP Troubleshooter";
    public static final String ID = "azs-csp-troubleshooter";

    private AppInfo() {}

    public static String version() {
        String v = AppInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
