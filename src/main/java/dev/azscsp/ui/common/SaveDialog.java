package dev.azscsp.ui.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Asks where to save a report; behind an interface so tests need no native file dialog. */
@FunctionalInterface
public interface SaveDialog {

    enum Format {
        MARKDOWN("md"), JSON("json");

        private final String extension;

        Format(String extension) { this.extension = extension; }

        public String extension() { return extension; }

        /** The format a file name asks for; Markdown unless it ends in .json. */
        public static Format of(Path file) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : MARKDOWN;
        }
    }

    /** The chosen file and format, or empty when the user cancelled. */
    record Target(Path file, Format format) {}

    Optional<Target> ask(String suggestedBaseName);
}
