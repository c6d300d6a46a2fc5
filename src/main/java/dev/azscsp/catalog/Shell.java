package dev.azscsp.catalog;

/**
 * Where a ready-to-run command is meant to be pasted. Each shell quotes values its own way, so a value that
 * contains a quote can never end the quoted argument it was put in.
 */
public enum Shell {
    /** Az PowerShell module ({@code New-AzResource}...); values go inside single quotes. */
    POWERSHELL("powershell"),
    /** Azure CLI, written so that it runs in PowerShell and in bash alike; values go inside single quotes. */
    AZURE_CLI("azure-cli"),
    /** A PowerShell session on the stamp's privileged endpoint. */
    PEP("pep"),
    /** Plain text to copy as it is, such as the body of an email to Microsoft; values are not quoted. */
    TEXT("text");

    private final String key;

    Shell(String key) { this.key = key; }

    public String key() { return key; }

    public static Shell byKey(String key) {
        for (Shell s : values()) if (s.key.equals(key)) return s;
        throw new IllegalArgumentException(key);
    }

    /** Makes a value safe inside a single-quoted argument of this shell. */
    public String quoteInside(String value) {
        if (this == TEXT) return value;
        // PowerShell doubles a single quote inside '...'; the CLI lines are written for PowerShell too.
        return value.replace("'", "''").replace("\u2018", "\u2018\u2018").replace("\u2019", "\u2019\u2019");
    }
}
