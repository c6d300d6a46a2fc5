package dev.azscsp.diagnosis.bulk;

import dev.azscsp.diagnosis.Text;

/**
 * One line of a bulk input file.
 *
 * @param line      the line number in the file (the header is line 1), for messages and the output
 * @param problem   why the line cannot be used as it is (a text shown in the user's language), or null
 */
public record BulkRow(int line, String customerSubscriptionId, String customerTenantId, String label, Text problem) {}
