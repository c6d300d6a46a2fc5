package dev.azscsp.ui.common;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.azscsp.report.CsvStyle;
import dev.azscsp.report.ReportFormats;

/** Writes a report to the file the Save dialog gave, in the format it names. Blocking: call it off the JavaFX thread. */
public final class ReportFiles {
    private ReportFiles() {}

    public static Path write(SaveDialog.Target target, ReportFormats report, CsvStyle style, boolean redact) throws IOException {
        String text = switch (target.format()) {
            case JSON, JSON_LINES -> report.json(redact);
            case MARKDOWN -> report.markdown(redact);
            case CSV -> report.csv(style, redact);
        };
        try (Writer w = Files.newBufferedWriter(target.file(), StandardCharsets.UTF_8)) {
            w.write(text);
        }
        return target.file();
    }
}
