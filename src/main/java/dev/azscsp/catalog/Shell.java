package dev.azscsp.catalog;

/**
 * Where a ready-to-run command is meant to be pasted. Values always go inside single quotes (the catalog checks
 * every command template for that at load), and a value reaches a command only when it passes the syntax of its
 * placeholder ({@link Placeholder#accepts}) and {@link #canHold} here; the quoting of {@link #quoteInside} is a
 * second line of defence behind those checks, not the first.
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

    /** The characters that PowerShell reads as a single quote: each one ends a single-quoted string. */
    static final String POWERSHELL_SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";
    /**
     * Every character that opens, ends or expands inside a quoted string in PowerShell or a POSIX shell: single and
     * double quotes with their typographic forms, the backtick, {@code $} of {@code $(...)}, the backslash.
     */
    static final String QUOTING = POWERSHELL_SINGLE_QUOTES + "\"\u201C\u201D\u201E\u201F`$\\";
    /** {@link #QUOTING}, and what cmd.exe acts on when PowerShell hands an unquoted argument to {@code az.cmd}. */
    static final String SPECIAL = QUOTING + "&|<>^%";

    private final String key;

    Shell(String key) { this.key = key; }

    public String key() { return key; }

    public static Shell byKey(String key) {
        for (Shell s : values()) if (s.key.equals(key)) return s;
        throw new IllegalArgumentException(key);
    }

    /**
     * Whether a value may be put into a command of this shell at all: never a control character, a line or
     * paragraph separator or an invisible format mark (they change where a line ends or what the user sees), and
     * in the shells never a character of {@link #SPECIAL}.
     */
    public boolean canHold(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return false;
            }
            if (this != TEXT && SPECIAL.indexOf(c) >= 0) return false;
        }
        return true;
    }

    /**
     * Quotes a value for a single-quoted argument of this shell, behind {@link #canHold}: PowerShell doubles each
     * of its five single quotes. No quoting makes a single quote safe in a line that must run unchanged in
     * PowerShell and in bash, so the Azure CLI refuses one.
     */
    public String quoteInside(String value) {
        return switch (this) {
            case TEXT -> value;
            case POWERSHELL, PEP -> {
                StringBuilder b = new StringBuilder(value.length() + 4);
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    b.append(c);
                    if (POWERSHELL_SINGLE_QUOTES.indexOf(c) >= 0) b.append(c);
                }
                yield b.toString();
            }
            case AZURE_CLI -> {
                for (int i = 0; i < value.length(); i++) {
                    if (POWERSHELL_SINGLE_QUOTES.indexOf(value.charAt(i)) >= 0) {
                        throw new IllegalArgumentException("a quote cannot be put into an Azure CLI line");
                    }
                }
                yield value;
            }
        };
    }
}
