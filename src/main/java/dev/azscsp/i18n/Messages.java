package dev.azscsp.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One small helper over a {@link ResourceBundle} per feature ({@code dev/azscsp/<feature>/messages.properties} in English,
 * {@code messages_fr.properties} in French).
 * The bundle never falls back to the OS locale, so a French OS never leaks into an English run, and a missing key
 * shows as {@code !key!} instead of throwing in the middle of a screen.
 */
public final class Messages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Language language;

    private Messages(ResourceBundle bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
    }

    /** @param baseName e.g. {@code dev.azscsp.report.messages} */
    public static Messages of(String baseName, Language language) {
        return new Messages(ResourceBundle.getBundle(baseName, language.locale(), Messages.class.getClassLoader(), NO_FALLBACK),
                language);
    }

    public Language language() { return language; }
    public ResourceBundle bundle() { return bundle; }

    public boolean has(String key) { return bundle.containsKey(key); }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** {@link MessageFormat} arguments ({@code {0}}); texts with arguments write a literal quote as {@code ''}. */
    public String format(String key, Object... args) {
        MessageFormat f = new MessageFormat(get(key), language.locale());
        return f.format(args);
    }
}
