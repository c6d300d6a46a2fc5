package dev.azscsp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.azscsp.app.Connection;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.bulk.BulkRow;
import dev.azscsp.diagnosis.bulk.BulkRunner;
import dev.azscsp.diagnosis.bulk.ColumnMapping;
import dev.azscsp.diagnosis.bulk.CsvInput;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.input.InputProblem;
import dev.azscsp.diagnosis.input.InputReport;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.i18n.Language;
import dev.azscsp.report.BulkReport;
import dev.azscsp.report.CsvStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bulk}: checks every customer subscription of a CSV file against one registration. Exit codes as
 * {@code diagnose}: 0 every row fine, 1 a problem in some row, 2 bad usage or unreadable input, 3 some rows could not
 * be completed.
 */
@Command(name = "bulk", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Checks many customer subscriptions against one registration, from a CSV file.",
        footer = {"", "The input has a header with a customerSubscriptionId column and, optionally, customerTenantId and label.",
                "Another header (a Partner Center export): name its columns with --columns \"subscription=Subscription ID,tenant=Microsoft ID\".",
                "The input may be UTF-8, UTF-16 with a byte order mark, or Windows-1252 (Excel's \"CSV\"); fields are separated by commas "
                        + "or semicolons, as its header line shows, and quoted fields may hold separators and line breaks.",
                "Each input line gets one output row, written as soon as it is done (CSV, or JSON Lines with --format json).",
                "Exit codes: 0 every row fine, 1 a problem in some row, 2 bad usage or unreadable input, 3 some rows incomplete.",
                "Nothing is ever written to Azure."})
final class BulkCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.ParentCommand Cli cli;

    @Option(names = "--subscription", paramLabel = "ID", required = true, description = "The registration subscription ID.")
    String subscription;
    @Option(names = "--resource-group", paramLabel = "NAME", defaultValue = InputRules.DEFAULT_RESOURCE_GROUP,
            description = "The registration's resource group (default: ${DEFAULT-VALUE}).")
    String resourceGroup;
    @Option(names = "--registration", paramLabel = "NAME", required = true, description = "The registration name.")
    String registration;
    @Option(names = "--cloud-id", paramLabel = "ID", description = "The stamp's CloudID (optional).")
    String cloudId;
    @Option(names = "--input", paramLabel = "FILE", required = true, description = "The CSV file (use - for standard input).")
    String input;
    @Option(names = "--columns", paramLabel = "subscription=HEADER[,tenant=HEADER][,label=HEADER]",
            description = "The input's columns when its header does not use customerSubscriptionId (a Partner Center export).")
    String columns;
    @Option(names = "--output", paramLabel = "FILE", description = "Where to write the rows (default: standard output).")
    Path output;
    @Option(names = "--format", defaultValue = "csv", description = "csv or json (JSON Lines) (default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = "--excel", description = {"Write the CSV for Excel: UTF-8 with a byte order mark, and this computer's list separator "
            + "(a semicolon where the decimal separator is a comma, as in French; else a comma). Without it: plain UTF-8 with commas. Meant for --output FILE."})
    boolean excel;
    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + BulkRunner.DEFAULT_CONCURRENCY, description = "Rows checked at once, 1 to 64 (default: ${DEFAULT-VALUE}).")
    int concurrency;
    @Option(names = "--max-calls-per-second", paramLabel = "N", defaultValue = "" + BulkRunner.DEFAULT_CALLS_PER_SECOND,
            description = "Ceiling on calls per second for the whole run (default: ${DEFAULT-VALUE}); each subscription also stays within ARM's read bucket.")
    double maxCallsPerSecond;
    @Option(names = "--before-add", description = "Check the rows as before adding them (absent mappings expected) instead of verifying mappings.")
    boolean beforeAdd;
    @CommandLine.Mixin LanguageOptions language;
    @CommandLine.Mixin ConnectionOptions connectionOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Language l = language.apply();
        BulkReport.Format fmt = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> BulkReport.Format.CSV;
            case "json" -> BulkReport.Format.JSON;
            default -> null;
        };
        if (fmt == null) {
            err.println("Unknown --format '" + format + "': use csv or json.");
            return DiagnoseCommand.USAGE;
        }
        if (excel && fmt != BulkReport.Format.CSV) {
            err.println("--excel applies to --format csv only.");
            return DiagnoseCommand.USAGE;
        }
        String rates = Rates.problem(concurrency, maxCallsPerSecond);
        if (rates != null) {
            err.println(rates);
            return DiagnoseCommand.USAGE;
        }
        Connection connection = connectionOptions.toConnection(err);
        if (connection == null) return DiagnoseCommand.USAGE;

        RawInput reg = new RawInput(subscription, resourceGroup, registration, "00000000-0000-4000-8000-000000000000", null, cloudId, Intent.VERIFY);
        InputReport checked = InputRules.check(reg);
        List<InputProblem> regProblems = checked.problems().stream()
                .filter(p -> p.blocking() && p.field() != Field.CUSTOMER_SUBSCRIPTION_ID).toList();
        if (!regProblems.isEmpty()) {
            for (InputProblem p : regProblems) err.println(p.message().in(l));
            return DiagnoseCommand.USAGE;
        }

        ColumnMapping mapping = parseColumns(columns, err);
        if (columns != null && mapping == null) return DiagnoseCommand.USAGE;
        List<BulkRow> rows;
        // The window's decoder and reader: UTF-8, UTF-16 with its mark or Windows-1252; commas or semicolons.
        try (InputStream in = input.equals("-") ? System.in : Files.newInputStream(Path.of(input))) {
            rows = CsvInput.read(in, mapping);
        } catch (NoSuchFileException e) {
            err.println("Input file not found: " + input);
            return DiagnoseCommand.USAGE;
        } catch (CsvInput.BulkInputException e) {
            err.println(e.text().in(l));
            if (mapping == null) suggestColumns(e, err);
            return DiagnoseCommand.USAGE;
        } catch (IOException e) {
            err.println("The input file cannot be read: " + e.getMessage());
            return DiagnoseCommand.USAGE;
        }

        // A place the rows cannot go is bad usage, found before anything is asked of Azure.
        OutputStream file;
        try {
            file = output == null ? null : BulkReport.create(output, l);
        } catch (BulkReport.UnusableOutput e) {
            err.println(e.getMessage());
            return DiagnoseCommand.USAGE;
        }
        boolean terminal = System.console() != null;
        AtomicInteger problems = new AtomicInteger();
        AtomicInteger incomplete = new AtomicInteger();
        AtomicBoolean writeFailed = new AtomicBoolean();
        CsvStyle style = excel ? CsvStyle.excel(Locale.getDefault(Locale.Category.FORMAT)) : CsvStyle.PLAIN;
        try (BulkReport report = file == null ? new BulkReport(spec.commandLine().getOut(), fmt, l, language.redact, style)
                : new BulkReport(file, fmt, l, language.redact, style)) {
            BulkRunner runner = new BulkRunner(cli.apiFactory().connect(connection, code -> err.println(code.message())),
                    concurrency, maxCallsPerSecond, connection.timeout());
            Progress progress = new Progress(err, rows.size(), terminal);
            runner.run(new RawInput(subscription, resourceGroup, registration, null, null, cloudId, Intent.VERIFY), rows,
                    beforeAdd ? Intent.CHECK_BEFORE_ADD : Intent.VERIFY, r -> {
                        try {
                            report.write(r);
                        } catch (IOException e) {
                            writeFailed.set(true);
                        }
                        switch (r.status()) {
                            case PROBLEM, INVALID -> problems.incrementAndGet();
                            case INCOMPLETE -> incomplete.incrementAndGet();
                            case OK -> { }
                        }
                        progress.step();
                    });
            progress.end();
            err.print(report.summary());
            err.flush();
        } finally {
            if (file != null) file.close();
        }
        if (writeFailed.get()) {
            err.println("Some rows could not be written to " + (output == null ? "standard output" : output) + ".");
            return DiagnoseCommand.INCOMPLETE;
        }
        return incomplete.get() > 0 ? DiagnoseCommand.INCOMPLETE : problems.get() > 0 ? DiagnoseCommand.PROBLEM : DiagnoseCommand.OK;
    }

    /** A progress bar on a terminal's standard error; nothing when not on a terminal. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal;
        private int done;

        Progress(PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.terminal = terminal;
        }

        synchronized void step() {
            done++;
            if (!terminal) return;
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            err.print("\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total);
            err.flush();
        }

        synchronized void end() {
            if (terminal) err.println();
        }
    }

    /** The value of --columns, or null with the reason printed (null too when the option is not given). */
    static ColumnMapping parseColumns(String value, PrintWriter err) {
        if (value == null) return null;
        try {
            return ColumnMapping.parse(value);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    /** For a header without customerSubscriptionId that looks like a Partner Center export: the --columns to name. */
    static void suggestColumns(CsvInput.BulkInputException e, PrintWriter err) {
        // Only names that matched a well-known one are shown: letters, digits, spaces, underscores and hyphens.
        e.suggestion().ifPresent(m -> err.println("This looks like a Partner Center export. If these are the right columns, add: --columns \""
                + m.asOption() + "\""));
    }
}
