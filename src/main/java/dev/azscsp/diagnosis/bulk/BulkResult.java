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
 */
public record BulkResult(BulkRow row, RowStatus status, String primaryCode, Text evidence, List<String> secondaryCodes) {
    public BulkResult {
        secondaryCodes = List.copyOf(secondaryCodes);
    }
}
