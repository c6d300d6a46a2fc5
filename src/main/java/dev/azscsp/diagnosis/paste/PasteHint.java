package dev.azscsp.diagnosis.paste;

import java.util.Locale;

/**
 * What to tell the user about the paste itself. The texts live with the other localized texts; {@link #key()} names
 * them.
 */
public enum PasteHint {
    /** At least one code was recognized with confidence; nothing to ask. */
    NONE,
    /** Nothing was pasted (null, empty or only whitespace). */
    EMPTY_INPUT,
    /** Only weak hints were found: ask for the whole error, with its code. */
    WEAK_MATCH_ONLY,
    /** The text names an error code, but not one the catalog knows ({@link PasteResult#unknownCodes()}). */
    UNKNOWN_CODE,
    /** Nothing recognized; {@link PasteResult#looksLikeError()} tells whether the text looked like an error at all. */
    NOTHING_RECOGNIZED;

    /** A message key such as {@code paste.hint.nothing_recognized}. */
    public String key() { return "paste.hint." + name().toLowerCase(Locale.ROOT); }
}
