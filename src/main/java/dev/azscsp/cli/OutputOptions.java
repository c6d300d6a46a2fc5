package dev.azscsp.cli;

import dev.azscsp.app.Logging;
import dev.azscsp.i18n.Language;
import picocli.CommandLine.Option;

/** How {@code diagnose} and {@code explain} print: language, format, and redaction (of the output and the log). */
final class OutputOptions {
    @Option(names = "--lang", description = "en or fr (default: the system's language, else en).")
    Language lang;
    @Option(names = "--format", defaultValue = "text", description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    Format format;
    @Option(names = "--redact", description = "Shorten every GUID in the output and the log to its first and last 4 characters.")
    boolean redact;

    /** The language to print in; also turns the log's redaction on when asked. */
    Language apply() {
        Logging.redact(redact);
        return lang != null ? lang : Language.fromSystem();
    }
}
