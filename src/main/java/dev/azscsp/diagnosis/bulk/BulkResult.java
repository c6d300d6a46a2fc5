package dev.azscsp.diagnosis.bulk;

import java.util.List;

import dev.azscsp.diagnosis.Text;

/**
 * The outcome of one input row: only what its output row needs, so a run of 100,000 rows keeps no row's full
 * diagnosis.
 *
 * @param status      as {@code diagnose} ends (ok, problem, incomplete), or invalid for a line that could not be checked
 *                    at all
 * @param primaryCode the card for the row, null when nothing is wrong
 * @param evidence    why, in a sentence (the primary check's evidence, or what is wrong with the line)
 * @param duplicateOf the first line that names the same customer subscription, or 0 when this line is the first
 */
public record BulkResult(BulkRow row, RowStatus status, String primaryCode, Text evidence, List<String> secondaryCodes,
                         int duplicateOf) {
    public BulkResult {
        secondaryCodes = List.copyOf(secondaryCodes);
    }

    /** A line that names its subscription first (or alone). */
    public BulkResult(BulkRow row, RowStatus status, String primaryCode, Text evidence, List<String> secondaryCodes) {
        this(row, status, primaryCode, evidence, secondaryCodes, 0);
    }

    /** This result marked as that of a line repeating the subscription of {@code firstLine}. */
    public BulkResult markedDuplicateOf(int firstLine) {
        return new BulkResult(row, status, primaryCode, evidence, secondaryCodes, firstLine);
    }

    /** This result (of the first line naming a subscription) reported on {@code repeat}, a later line naming it too. */
    BulkResult reportedOn(BulkRow repeat) {
        return new BulkResult(repeat, status, primaryCode, evidence, secondaryCodes, row.line());
    }
}
