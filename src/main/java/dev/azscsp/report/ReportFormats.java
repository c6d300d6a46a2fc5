package dev.azscsp.report;

/** A report the user can save in the three formats of the Save dialog. */
public interface ReportFormats {
    String markdown(boolean redact);

    String json(boolean redact);

    String csv(CsvStyle style, boolean redact);

}
