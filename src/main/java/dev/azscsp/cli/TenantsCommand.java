package dev.azscsp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.azscsp.app.Connection;
import dev.azscsp.app.SignIn;
import dev.azscsp.demo.TenantsDemo;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.bulk.BulkRow;
import dev.azscsp.diagnosis.bulk.BulkRunner;
import dev.azscsp.diagnosis.bulk.CsvInput;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.input.InputProblem;
import dev.azscsp.diagnosis.input.InputReport;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.diagnosis.tenants.Reconciliation;
import dev.azscsp.diagnosis.tenants.TenantListing;
import dev.azscsp.diagnosis.tenants.TenantsReader;
import dev.azscsp.i18n.Language;
import dev.azscsp.report.BulkReport;
import dev.azscsp.report.CsvStyle;
import dev.azscsp.report.TenantsReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tenants}: every customer subscription mapped to a registration, with what the signed-in identity can read
 * of each, and, given the expected customers, how the two differ. Reads only. Exit codes: 0 listed (and, with
 * {@code --expected}, everything as expected), 1 the reconciliation found differences, 2 bad usage or unreadable input,
 * 3 not conclusive (the list could not be read, or came back empty).
 */
@Command(name = "tenants", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists every customer subscription mapped to a registration and, with --expected, reconciles them with the customers you expect.",
        footer = {"", "--expected takes the CSV file bulk reads: a header with customerSubscriptionId and, optionally, customerTenantId and label.",
                "An empty list is not conclusive (it has been seen empty while a GET of a known id worked): the expected ids and those given with",
                "--customer-subscription are then looked up one by one.",
                "Exit codes: 0 listed (and everything as expected), 1 differences found, 2 bad usage or unreadable input, 3 not conclusive",
                "(the list could not be read, or came back empty).",
                "Nothing is ever written to Azure."})
final class TenantsCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.ParentCommand Cli cli;

    @Option(names = "--subscription", paramLabel = "ID", description = "The registration subscription ID.")
    String subscription;
    @Option(names = "--resource-group", paramLabel = "NAME", description = "The registration's resource group (default: azurestack).")
    String resourceGroup;
    @Option(names = "--registration", paramLabel = "NAME", description = "The registration name.")
    String registration;
    @Option(names = "--expected", paramLabel = "FILE", description = "The customers you expect, as a CSV file (use - for standard input).")
    String expected;
    @Option(names = "--expected-demo", description = "With --auth demo: reconcile with the demo's own file of expected customers.")
    boolean expectedDemo;
    @Option(names = "--customer-subscription", paramLabel = "ID", description = "Also look this mapping up directly (repeatable).")
    List<String> asked = new ArrayList<>();
    @Option(names = "--format", defaultValue = "text", description = "text, markdown, json or csv (default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = "--output", paramLabel = "FILE", description = "Where to write the report (default: standard output).")
    Path output;
    @Option(names = "--excel", description = "With --format csv: UTF-8 with a byte order mark, and this computer's list separator.")
    boolean excel;
    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + TenantsReader.DEFAULT_CONCURRENCY,
            description = "Calls at once, 1 to 64 (default: ${DEFAULT-VALUE}).")
    int concurrency;
    @Option(names = "--max-calls-per-second", paramLabel = "N", defaultValue = "" + BulkRunner.DEFAULT_CALLS_PER_SECOND,
            description = "Ceiling on calls per second (default: ${DEFAULT-VALUE}); each subscription also stays within ARM's read bucket.")
    double maxCallsPerSecond;
    @Option(names = "--lang", description = "en or fr (default: the system's language, else en).")
    Language lang;
    @Option(names = "--redact", description = "Shorten every GUID in the output.")
    boolean redact;
    @CommandLine.Mixin ConnectionOptions connectionOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Language l = lang != null ? lang : Language.fromSystem();
        dev.azscsp.app.Logging.redact(redact);
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "markdown", "json", "csv").contains(fmt)) {
            err.println("Unknown --format '" + format + "': use text, markdown, json or csv.");
            return DiagnoseCommand.USAGE;
        }
        if (excel && !fmt.equals("csv")) {
            err.println("--excel applies to --format csv only.");
            return DiagnoseCommand.USAGE;
        }
        if (concurrency < 1 || concurrency > 64) {
            err.println("--concurrency must be between 1 and 64.");
            return DiagnoseCommand.USAGE;
        }
        if (!(maxCallsPerSecond >= 1 && maxCallsPerSecond <= 1000)) {
            err.println("--max-calls-per-second must be between 1 and 1000.");
            return DiagnoseCommand.USAGE;
        }
        if (expectedDemo && expected != null) {
            err.println("--expected-demo and --expected both name the expected customers: give one.");
            return DiagnoseCommand.USAGE;
        }
        Connection connection = connectionOptions.toConnection(err);
        if (connection == null) return DiagnoseCommand.USAGE;
        boolean demo = connection.signIn() == SignIn.DEMO;
        if (expectedDemo && !demo) {
            err.println("--expected-demo goes with --auth demo; with a real sign-in, give your own file with --expected FILE.");
            return DiagnoseCommand.USAGE;
        }

        // In the demo, values left out are those of its multi-tenant registration.
        String sub = subscription != null ? subscription : demo ? TenantsDemo.SUBSCRIPTION : null;
        String group = resourceGroup != null ? resourceGroup : demo ? TenantsDemo.RESOURCE_GROUP : InputRules.DEFAULT_RESOURCE_GROUP;
        String name = registration != null ? registration : demo ? TenantsDemo.REGISTRATION : null;
        InputReport checked = InputRules.check(new RawInput(sub, group, name, "00000000-0000-4000-8000-000000000000", null, null, Intent.VERIFY));
        List<InputProblem> regProblems = checked.problems().stream()
                .filter(p -> p.blocking() && p.field() != Field.CUSTOMER_SUBSCRIPTION_ID).toList();
        if (!regProblems.isEmpty()) {
            for (InputProblem p : regProblems) err.println(p.message().in(l));
            return DiagnoseCommand.USAGE;
        }
        RegistrationRef ref = checked.target().registration();

        Set<String> askedIds = new LinkedHashSet<>();
        for (String a : asked) {
            String id = InputRules.cleanGuid(a);
            if (id == null || !InputRules.isGuid(id)) {
                err.println("--customer-subscription '" + shorten(a) + "' is not a subscription ID (a GUID such as e09a4e93-29a7-4eba-a6d4-76202383f07f).");
                return DiagnoseCommand.USAGE;
            }
            askedIds.add(id);
        }

        List<BulkRow> rows = null;
        if (expected != null || expectedDemo) {
            // The bulk command's reader: UTF-8, UTF-16 with its mark or Windows-1252; commas or semicolons.
            try (InputStream in = expectedDemo ? TenantsDemo.expectedCustomers()
                    : expected.equals("-") ? System.in : Files.newInputStream(Path.of(expected))) {
                rows = CsvInput.read(in);
            } catch (NoSuchFileException e) {
                err.println("Expected customers file not found: " + expected);
                return DiagnoseCommand.USAGE;
            } catch (CsvInput.BulkInputException e) {
                err.println(e.text().in(l));
                return DiagnoseCommand.USAGE;
            } catch (IOException e) {
                err.println("The expected customers file cannot be read: " + e.getMessage());
                return DiagnoseCommand.USAGE;
            }
        }
        List<String> expectedIds = new ArrayList<>();
        if (rows != null) {
            for (BulkRow r : rows) {
                String id = r.problem() == null ? InputRules.cleanGuid(r.customerSubscriptionId()) : null;
                if (id != null && InputRules.isGuid(id)) expectedIds.add(id);
            }
        }

        // A place the report cannot go is bad usage, found before anything is asked of Azure.
        OutputStream file;
        try {
            file = output == null ? null : BulkReport.create(output, l);
        } catch (BulkReport.UnusableOutput e) {
            err.println(e.getMessage());
            return DiagnoseCommand.USAGE;
        }

        RegistrationApi api;
        try {
            api = cli.apiFactory().connect(connection, code -> {
                err.println(code.message());
                err.flush();
            });
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            if (file != null) file.close();
            return DiagnoseCommand.USAGE;
        }
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tenants");
            t.setDaemon(true);
            return t;
        });
        TenantListing listing;
        try {
            boolean terminal = System.console() != null;
            listing = new TenantsReader(api, pool, concurrency, maxCallsPerSecond).read(ref, askedIds, expectedIds, true,
                    terminal ? (done, total) -> {
                        synchronized (err) {
                            err.print("\r" + done + "/" + total);
                            if (done == total) err.println();
                            err.flush();
                        }
                    } : TenantsReader.Listener.NONE);
        } finally {
            pool.shutdownNow();
        }
        Reconciliation reconciliation = rows == null ? null : Reconciliation.of(listing, rows);
        TenantsReport report = new TenantsReport(listing, reconciliation, l);
        CsvStyle style = excel ? CsvStyle.excel(Locale.getDefault(Locale.Category.FORMAT)) : CsvStyle.PLAIN;
        String text = switch (fmt) {
            case "json" -> report.json(redact);
            case "markdown" -> report.markdown(redact);
            case "csv" -> report.csv(style, redact);
            default -> report.plain(redact);
        };
        if (file != null) {
            try (file) {
                file.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        }
        if (!listing.listed() || listing.inconclusive()) return DiagnoseCommand.INCOMPLETE;
        return reconciliation == null || reconciliation.inAgreement() ? DiagnoseCommand.OK : DiagnoseCommand.PROBLEM;
    }

    /** A value quoted back to the user: one line, and not a whole file pasted by mistake. */
    private static String shorten(String v) {
        String s = v.replaceAll("\\p{Cntrl}", " ");
        return s.length() > 60 ? s.substring(0, 60) + "\u2026" : s;
    }
}
