package dev.azscsp.azure;

/** The app's version as the jar manifest states it ({@code Implementation-Version}); {@code dev} when run from classes. */
final class AppVersion {
    private AppVersion() {}

    static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }
}
