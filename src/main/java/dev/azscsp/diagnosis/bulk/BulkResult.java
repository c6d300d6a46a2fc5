package dev.azscsp.diagnosis.bulk;

import java.util.List;

import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.Text;

/**
 * The outcome of one input row.
 *
 * @param status      {@code ok}, {@code problem}, {@code incomplete} (as {@code diagnose}), or {@code invalid} for a line
 *                    that could not be checked at all
 * @param primaryCode the card for the row, null when nothing is wrong
 * @param evidence    why, in a sentence (the primary check's evidence, or what is wrong with the line)
 * @param diagnosis   the full diagnosis, null for a line that could not be read
 */
public record BulkResult(BulkRow row, String status, String primaryCode, Text evidence, List<String> secondaryCodes,
                         Diagnosis diagnosis) {
    public BulkResult {
        secondaryCodes = List.copyOf(secondaryCodes);
    }
}
