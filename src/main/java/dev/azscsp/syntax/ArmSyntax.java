package dev.azscsp.syntax;

/**
 * What Azure Resource Manager accepts for the identifiers this app handles, as plain predicates. The same rules
 * decide what a user may type, what a paste may supply and what may be put into a ready-to-run command, so a value
 * that reaches a shell has passed them whatever way it came in.
 *
 * <p>GUIDs are ASCII: a GUID written with full-width or Arabic-Indic digits, or with Cyrillic letters that look
 * like a–f, is not the id it resembles ({@link #looksLikeGuid} tells those apart so the user can be told). Names
 * follow ARM's resource group alphabet (letters and digits of any script, {@code _ - . ( )}), which holds no quote,
 * no backtick, no {@code $}, no white space and no control or direction character.
 */
public final class ArmSyntax {
    public static final int RESOURCE_GROUP_MAX = 90;
    public static final int REGISTRATION_NAME_MAX = 260;

    private ArmSyntax() {}

    /** The 8-4-4-4-12 shape of ASCII hexadecimal digits of a subscription, tenant or cloud id. */
    public static boolean isGuid(CharSequence v) {
        if (v == null || v.length() != 36) return false;
        for (int i = 0; i < 36; i++) {
            char c = v.charAt(i);
            if (isDashPosition(i) ? c != '-' : !isAsciiHex(c)) return false;
        }
        return true;
    }

    /**
     * True when {@code v} is not a GUID but would read as one: the same shape written with look-alike characters
     * (full-width or other non-ASCII digits, full-width or Cyrillic letters, typographic dashes).
     */
    public static boolean looksLikeGuid(CharSequence v) {
        if (v == null || v.length() != 36 || isGuid(v)) return false;
        for (int i = 0; i < 36; i++) {
            char c = v.charAt(i);
            if (isDashPosition(i) ? !isDashLike(c) : !(isAsciiHex(c) || isHexLookalike(c))) return false;
        }
        return true;
    }

    /** One character ARM accepts in a resource group or registration name. */
    public static boolean isNameCharacter(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '(' || c == ')';
    }

    /** 1 to 90 name characters, not ending with a period. */
    public static boolean isResourceGroupName(String v) {
        return isName(v, RESOURCE_GROUP_MAX);
    }

    /** 1 to 260 name characters, not ending with a period. */
    public static boolean isRegistrationName(String v) {
        return isName(v, REGISTRATION_NAME_MAX);
    }

    /** An api-version such as {@code 2017-06-01} or {@code 2020-06-01-preview}. */
    public static boolean isApiVersion(String v) {
        if (v == null || (v.length() != 10 && !(v.length() == 18 && v.endsWith("-preview")))) return false;
        for (int i = 0; i < 10; i++) {
            char c = v.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') return false;
        }
        return true;
    }

    /** A resource provider namespace such as {@code Microsoft.AzureStack} or {@code Microsoft.Subscriptions.Admin}. */
    public static boolean isProviderNamespace(String v) {
        if (v == null || v.length() > 100) return false;
        String[] parts = v.split("\\.", -1);
        if (parts.length < 2) return false;
        for (String part : parts) {
            if (part.isEmpty() || !Character.isLetter(part.charAt(0))) return false;
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (!(c < 128 && Character.isLetterOrDigit(c))) return false;
            }
        }
        return true;
    }

    private static boolean isName(String v, int max) {
        if (v == null || v.isEmpty() || v.length() > max || v.endsWith(".")) return false;
        return v.codePoints().allMatch(ArmSyntax::isNameCharacter);
    }

    private static boolean isDashPosition(int i) {
        return i == 8 || i == 13 || i == 18 || i == 23;
    }

    private static boolean isAsciiHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isHexLookalike(char c) {
        if (Character.digit(c, 16) >= 0) return true;        // full-width letters, digits of every script
        return "\u0430\u0410\u0412\u0441\u0421\u0435\u0415\u0501".indexOf(c) >= 0;   // Cyrillic а А В с С е Е ԁ
    }

    private static boolean isDashLike(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE63' || c == '\uFF0D';
    }
}
