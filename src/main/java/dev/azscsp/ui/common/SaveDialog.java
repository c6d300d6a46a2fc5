package dev.azscsp.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Asks where to save a report or a table; behind an interface so tests need no native file dialog. */
@FunctionalInterface
public interface SaveDialog {

    enum Format {
        MARKDOWN("md"), JSON("json"), CSV("csv"), JSON_LINES("jsonl");

        private final String extension;

        Format(String extension) { this.extension = extension; }

        public String extension() { return extension; }

        /** The format a file name asks for; Markdown unless it ends in .json. */
        public static Format of(Path file) {
            return of(file, REPORT);
        }

        /** The offered format a file name's extension asks for; the first offered one when it names none of them. */
        public static Format of(Path file, List<Format> offered) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return offered.stream().filter(f -> name.endsWith("." + f.extension)).findFirst().orElse(offered.get(0));
        }
    }

    /** A diagnosis report. */
    List<Format> REPORT = List.of(Format.MARKDOWN, Format.JSON);
    /** A table of rows (the "Check many" results). */
    List<Format> TABLE = List.of(Format.CSV, Format.JSON_LINES);

    /** The chosen file and format, or empty when the user cancelled. */
    record Target(Path file, Format format) {}

    /**
     * @param suggestedBaseName a file name without extension
     * @param offered           the formats to choose from, the default first
     */
    Optional<Target> ask(String suggestedBaseName, List<Format> offered);

    /** Where to save a report (Markdown or JSON). */
    default Optional<Target> ask(String suggestedBaseName) {
        return ask(suggestedBaseName, REPORT);
    }
}
