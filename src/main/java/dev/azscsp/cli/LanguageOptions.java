package dev.azscsp.cli;

import dev.azscsp.app.Logging;
import dev.azscsp.i18n.Language;
import picocli.CommandLine.Option;

/** The language a command speaks in, and whether it shortens ids in what it prints and in the log. */
final class LanguageOptions {
    @Option(names = "--lang", description = "en or fr (default: the system's language, else en).")
    Language lang;
    @Option(names = "--redact", description = "Shorten every GUID in the output and the log to its first and last 4 characters.")
    boolean redact;

    /** The language to print in; also turns the log's redaction on when asked. */
    Language apply() {
        Logging.redact(redact);
        return lang != null ? lang : Language.fromSystem();
    }
}
