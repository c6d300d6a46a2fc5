package dev.azscsp.catalog;

/** Where an error comes from, which tells the reader how it relates to the eight registration codes. */
public enum Origin {
    /** One of the eight codes of the "usage and billing registration" page, raised by Microsoft.AzureStack. */
    SERVICE,
    /** A generic Azure Resource Manager error met on the same calls. */
    ARM,
    /** Found on this machine before or instead of an answer from Azure (input, sign-in, network). */
    LOCAL,
    /** A Microsoft Entra sign-in error, named by its AADSTS number. */
    ENTRA
}
