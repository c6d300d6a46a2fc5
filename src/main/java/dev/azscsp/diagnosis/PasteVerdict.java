package dev.azscsp.diagnosis;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the live checks bear out an error the user pasted before the run: one rule for the result page, the ticket
 * text and the JSON report.
 *
 * @param pastedCode the code read from the paste, cut to {@link #CODE_CHARS}
 * @param foundCode  what the checks found instead when they contradict it; null when they found no problem
 */
public record PasteVerdict(String pastedCode, Kind kind, String foundCode) {
    /** A code is a short identifier; a paste is data and could hold anything. */
    static final int CODE_CHARS = 200;

    public enum Kind {
        CONFIRMED, CONTRADICTED, NOT_CHECKED;

        /** Its word in the JSON report: {@code confirmed}, {@code contradicted}, {@code not_checked}. */
        public String key() { return name().toLowerCase(Locale.ROOT); }
    }

    /** The verdict on a run; empty without a pasted code. */
    public static Optional<PasteVerdict> of(String pastedCode, Diagnosis d) {
        if (pastedCode == null || pastedCode.isBlank() || d == null) return Optional.empty();
        String pasted = pastedCode.strip();
        if (pasted.length() > CODE_CHARS) pasted = pasted.substring(0, CODE_CHARS) + "\u2026";
        // Input the checks refused never reached Azure: whatever its card, the paste was not checked live.
        if (d.inputOnly()) return Optional.of(new PasteVerdict(pasted, Kind.NOT_CHECKED, null));
        String p = pasted;
        if (p.equalsIgnoreCase(String.valueOf(d.primaryCode())) || d.secondaryCodes().stream().anyMatch(p::equalsIgnoreCase)) {
            return Optional.of(new PasteVerdict(pasted, Kind.CONFIRMED, null));
        }
        return Optional.of(switch (d.outcome()) {
            case OK -> new PasteVerdict(pasted, Kind.CONTRADICTED, null);
            case PROBLEM -> new PasteVerdict(pasted, Kind.CONTRADICTED, d.primaryCode());
            case INCOMPLETE -> new PasteVerdict(pasted, Kind.NOT_CHECKED, null);
        });
    }
}
