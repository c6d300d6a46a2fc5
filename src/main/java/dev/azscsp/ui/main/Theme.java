package dev.azscsp.ui.main;

import java.util.Locale;
import java.util.Optional;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The two looks: AtlantaFX Primer light and dark. */
public enum Theme {
    LIGHT, DARK;

    public String userAgentStylesheet() {
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
