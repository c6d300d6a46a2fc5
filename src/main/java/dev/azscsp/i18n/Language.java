package dev.azscsp.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the app speaks. Error codes stay in English in every language; texts around them do not. */
public enum Language {
    EN("en", Locale.ENGLISH, "English"),
    FR("fr", Locale.FRENCH, "Français");

    private final String tag;
    private final Locale locale;
    private final String nativeName;

    Language(String tag, Locale locale, String nativeName) {
        this.tag = tag;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public String tag() { return tag; }
    public Locale locale() { return locale; }
    /** The language's name in itself, as a language switch shows it. */
    public String nativeName() { return nativeName; }

    /** What comes between a label and its value: French sets a non-breaking space before the colon. */
    public String colon() { return this == FR ? "\u00a0: " : ": "; }

    /** What separates the items of a list written in a sentence, likewise. */
    public String semicolon() { return this == FR ? "\u00a0; " : "; "; }

    /** Reads "en", "EN", "fr-FR", "fr_CA"...; empty when the language is not one of ours. */
    public static Optional<Language> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (t.equals(l.tag) || t.startsWith(l.tag + "-") || t.startsWith(l.tag + "_")) return Optional.of(l);
        }
        return Optional.empty();
    }

    /** The user's OS language when we speak it, else English. */
    public static Language fromSystem() {
        return parse(Locale.getDefault().toLanguageTag()).orElse(EN);
    }
}
