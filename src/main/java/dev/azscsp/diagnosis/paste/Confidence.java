package dev.azscsp.diagnosis.paste;

/** How sure the reader is that a code is really in the pasted text. Declared from weakest to strongest. */
public enum Confidence {
    /** Nothing recognized. */
    NONE,
    /** A weak hint only: one sentence of a known message, or an HTTP status that only one code uses. */
    LOW,
    /** A whole known message (any wording, any language) without its code. */
    MEDIUM,
    /** The code itself is in the text. */
    HIGH;

    public boolean isAtLeast(Confidence other) { return compareTo(other) >= 0; }
}
