package dev.azscsp.report;

/** A report in the formats the app writes: plain text (the terminal), Markdown, JSON and CSV. */
public interface ReportFormats {
    String plain(boolean redact);

    String markdown(boolean redact);

    String json(boolean redact);

    String csv(CsvStyle style, boolean redact);
}
