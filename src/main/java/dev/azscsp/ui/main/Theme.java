package dev.azscsp.ui.main;

import java.net.URL;
import java.util.Locale;
import java.util.Optional;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The two looks: AtlantaFX Primer light and dark. */
public enum Theme {
    LIGHT("primer-light.bss"), DARK("primer-dark.bss");

    private final String binary;

    Theme(String binary) { this.binary = binary; }

    /**
     * The theme's style sheet in JavaFX's binary form, made at build time from AtlantaFX's own CSS (it loads about
     * three times faster); AtlantaFX's CSS where the build step did not run (an IDE that skips Maven's phases).
     */
    public String userAgentStylesheet() {
        URL bss = Theme.class.getResource("/dev/azscsp/ui/theme/" + binary);
        if (bss != null) return bss.toExternalForm();
        return this == LIGHT ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet();
    }

    public String key() { return name().toLowerCase(Locale.ROOT); }

    public Theme other() { return this == LIGHT ? DARK : LIGHT; }

    public static Optional<Theme> parse(String s) {
        if (s == null) return Optional.empty();
        for (Theme t : values()) if (t.key().equalsIgnoreCase(s.strip())) return Optional.of(t);
        return Optional.empty();
    }
}
