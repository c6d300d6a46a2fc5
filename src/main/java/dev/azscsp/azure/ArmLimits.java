package dev.azscsp.azure;

/**
 * How much of what comes back from ARM the app keeps. Answers come over the network: a proxy or a broken server can
 * send a body that never ends or an error message of megabytes, and every copy of it (evidence, card, report, log)
 * would be as large.
 */
final class ArmLimits {
    /** One answer's body. ARM's largest real answers, a page of a list, are a few hundred kilobytes. */
    static final int ANSWER_BYTES = 8 * 1024 * 1024;
    /** A message, or any text field read from an answer. */
    static final int TEXT_CHARS = 4_000;
    /** An error code: ARM's are short identifiers. */
    static final int CODE_CHARS = 200;

    private ArmLimits() {}

    /** {@link #ANSWER_BYTES} for a message: "8 MiB". */
    static String answerLimit() { return ANSWER_BYTES / (1024 * 1024) + " MiB"; }

    /** The text, or its first {@code max} characters and a visible note of how many were cut. */
    static String cap(String s, int max) {
        if (s == null || s.length() <= max) return s;
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max; // never split a character in two
        return s.substring(0, end) + "\u2026 (" + (s.length() - end) + " characters cut)";
    }
}
