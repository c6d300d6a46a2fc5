package dev.azscsp.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.azscsp.catalog.Shell;
import dev.azscsp.diagnosis.Correction;
import dev.azscsp.diagnosis.input.Field;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The {@code diagnose} command line the user typed, with the values the checks found in place of the typed ones:
 * what to run next. Every value is quoted as the card commands quote theirs (single quotes, in a line that runs in
 * PowerShell and in bash alike), and a line is only made when every value can be put on it safely.
 */
final class CorrectedCommand {
    /** Arguments that need no quotes in PowerShell or bash. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:/@+=,-]+");
    /** Quotes of PowerShell and bash (with their typographic forms), and what expands or acts in them or in cmd.exe. */
    private static final String UNSAFE = "'\u2018\u2019\u201A\u201B\"\u201C\u201D\u201E\u201F`$&|<>^%";

    private CorrectedCommand() {}

    /** The option of {@code diagnose} that gives each field. */
    static String option(Field f) {
        return switch (f) {
            case SUBSCRIPTION_ID -> "--subscription";
            case RESOURCE_GROUP -> "--resource-group";
            case REGISTRATION_NAME -> "--registration";
            case STAMP_CLOUD_ID -> "--cloud-id";
            case CUSTOMER_SUBSCRIPTION_ID -> "--customer-subscription";
            case CUSTOMER_TENANT_ID -> "--customer-tenant";
        };
    }

    /**
     * @param program the command's name, e.g. {@code azs-csp diagnose}
     * @param typed   what the user typed
     * @param found   the corrected values, by field
     * @return the line, or empty when a value holds a character no command line can carry safely (a quote, {@code $}...)
     */
    static Optional<String> of(String program, ParseResult typed, Map<Field, String> found) {
        Map<String, String> replace = new LinkedHashMap<>();
        for (Map.Entry<Field, String> e : found.entrySet()) {
            // Values from ARM are data: only those with their field's syntax, and quotable, reach the line.
            if (!Correction.hasSyntax(e.getKey(), e.getValue()) || !Shell.AZURE_CLI.canHold(e.getValue())) return Optional.empty();
            replace.put(option(e.getKey()), e.getValue());
        }
        List<String> words = new ArrayList<>(List.of(program));
        for (OptionSpec o : typed.matchedOptions()) {
            String name = o.longestName();
            if (o.arity().max() == 0) {
                words.add(name);   // a flag (--add, --redact...)
                continue;
            }
            List<String> values = o.originalStringValues();
            boolean isFound = replace.containsKey(name);
            String value = isFound ? replace.remove(name) : values.isEmpty() ? null : values.get(values.size() - 1);
            if (value == null) continue;
            String quoted = isFound ? "'" + value + "'" : quote(value);
            if (quoted == null) return Optional.empty();
            words.add(name);
            words.add(quoted);
        }
        for (Map.Entry<String, String> e : replace.entrySet()) {   // found values of options that were not typed
            words.add(e.getKey());
            words.add("'" + e.getValue() + "'");
        }
        return Optional.of(String.join(" ", words));
    }

    /** A value as one argument of a line that runs in PowerShell and bash alike; null when it cannot be. */
    static String quote(String value) {
        // Inside single quotes only a quote ends the string in PowerShell and bash; the rest of UNSAFE is what cmd.exe
        // acts on when the line reaches a .cmd launcher. A backslash (a Windows path) is literal there.
        if (!Shell.TEXT.canHold(value) || value.chars().anyMatch(c -> UNSAFE.indexOf(c) >= 0)) return null;
        return PLAIN.matcher(value).matches() ? value : "'" + value + "'";
    }
}
