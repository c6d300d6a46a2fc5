package dev.azscsp.diagnosis.input;

import dev.azscsp.diagnosis.Text;

/**
 * Something wrong or suspicious in one field.
 *
 * @param blocking true when the value cannot be used at all; false for a warning (the checks still run)
 * @param code     the card that explains it: InvalidCustomerSubscriptionId for a malformed customer id,
 *                 InputFormatInvalid for the other fields
 */
public record InputProblem(Field field, boolean blocking, Text message, String code) {}
