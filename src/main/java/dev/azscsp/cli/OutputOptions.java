package dev.azscsp.cli;

import dev.azscsp.i18n.Language;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How {@code diagnose} and {@code explain} print: language, format, and redaction (of the output and the log). */
final class OutputOptions {
    @Mixin LanguageOptions language;
    @Option(names = "--format", defaultValue = "text", description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    Format format;

    boolean redact() { return language.redact; }

    /** The language to print in; also turns the log's redaction on when asked. */
    Language apply() {
        return language.apply();
    }
}
