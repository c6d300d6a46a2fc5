package dev.azscsp.diagnosis.bulk;

import java.util.Locale;

import dev.azscsp.diagnosis.Outcome;

/** How a bulk row ended, in the order summaries list them. */
public enum RowStatus {
    /** Nothing wrong was found. */
    OK,
    /** A problem was found: the row's primary code says which. */
    PROBLEM,
    /** The row's checks could not complete (sign-in, network, timeout, a check that failed). */
    INCOMPLETE,
    /** The line could not be checked at all: unreadable, or not a usable subscription id. */
    INVALID;

    /** The word in CSV and JSON output and in message keys: {@code ok}, {@code problem}, {@code incomplete}, {@code invalid}. */
    public String key() { return name().toLowerCase(Locale.ROOT); }

    /** A diagnosis's outcome as a row status. */
    public static RowStatus of(Outcome o) {
        return switch (o) {
            case OK -> OK;
            case PROBLEM -> PROBLEM;
            case INCOMPLETE -> INCOMPLETE;
        };
    }
}
