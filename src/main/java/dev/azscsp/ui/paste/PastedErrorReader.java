package dev.azscsp.ui.paste;

/**
 * Reads the error text a user pasted (a portal message, a PowerShell error, an ARM JSON body) into error codes
 * and the ids it names. The "I have an error message" page depends only on this; the app plugs in the domain's
 * reader.
 */
@FunctionalInterface
public interface PastedErrorReader {

    /** Never throws for any text; an empty {@link PastedError} when nothing was recognized. */
    PastedError read(String text);
}
