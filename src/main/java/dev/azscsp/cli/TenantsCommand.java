package dev.azscsp.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
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
import dev.azscsp.diagnosis.bulk.ColumnMapping;
import dev.azscsp.diagnosis.bulk.CsvInput;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.input.InputProblem;
import dev.azscsp.diagnosis.input.InputReport;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.diagnosis.tenants.PlanApplier;
import dev.azscsp.diagnosis.tenants.Reconciliation;
import dev.azscsp.diagnosis.tenants.TenantListing;
import dev.azscsp.diagnosis.tenants.TenantPlan;
import dev.azscsp.diagnosis.tenants.TenantsReader;
import dev.azscsp.diagnosis.tenants.WritePacer;
import dev.azscsp.i18n.Language;
import dev.azscsp.report.BulkReport;
import dev.azscsp.report.CsvStyle;
import dev.azscsp.report.PlanFile;
import dev.azscsp.report.PlanReport;
import dev.azscsp.report.ReportFormats;
import dev.azscsp.report.TenantsReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tenants}: every customer subscription mapped to a registration, with what the signed-in identity can read
 * of each, and, given the expected customers, how the two differ. With {@code --dry-run} it prints the plan of writes
 * that would bring the two in line (and writes it with {@code --plan-out}); only {@code --apply FILE} writes, after one
 * confirmation (or {@code --yes}), and exactly the rows of that file. Exit codes: 0 listed (and, with
 * {@code --expected}, everything as expected; with {@code --apply}, every row done), 1 the reconciliation found
 * differences (or some row of the plan was not done), 2 bad usage or unreadable input, 3 not conclusive (the list could
 * not be read, or came back empty), 4 the plan was not confirmed: nothing was written.
 */
@Command(name = "tenants", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists every customer subscription mapped to a registration and, with --expected, reconciles them with the customers you expect.",
        footer = {"", "--expected takes the CSV file bulk reads: a header with customerSubscriptionId and, optionally, customerTenantId and label.",
                "Another header (a Partner Center export): name its columns with --columns \"subscription=Subscription ID,tenant=Microsoft ID\".",
                "An empty list is not conclusive (it has been seen empty while a GET of a known id worked): the expected ids and those given with",
                "--customer-subscription are then looked up one by one.",
                "--dry-run prints the plan that would bring the mappings in line with --expected: a PUT for each expected customer not",
                "mapped (or mapped with another tenant), a DELETE only for the unexpected mappings named with --remove ID or",
                "--remove-all-unexpected. --plan-out FILE writes it; --apply FILE applies exactly that file after one confirmation",
                "(default No), or without asking with --yes.",
                "Exit codes: 0 listed (and everything as expected; with --apply, every row done), 1 differences found (or a row not done),",
                "2 bad usage or unreadable input, 3 not conclusive (the list could not be read, or came back empty), 4 not confirmed.",
                "Nothing is written to Azure except by --apply, confirmed."})
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
    @Option(names = "--columns", paramLabel = "subscription=HEADER[,tenant=HEADER][,label=HEADER]",
            description = "With --expected: its columns when its header does not use customerSubscriptionId (a Partner Center export).")
    String columns;
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
    @Option(names = "--dry-run", description = "With --expected: print the plan of writes (PUT, and DELETE where asked); nothing is written.")
    boolean dryRun;
    @Option(names = "--remove", paramLabel = "ID", description = "With --dry-run: plan the DELETE of this unexpected mapping (the id as listed; repeatable).")
    List<String> remove = new ArrayList<>();
    @Option(names = "--remove-all-unexpected", description = "With --dry-run: plan the DELETE of every mapping no line of --expected expects.")
    boolean removeAllUnexpected;
    @Option(names = "--plan-out", paramLabel = "FILE", description = "With --dry-run: write the plan to this file, for --apply.")
    Path planOut;
    @Option(names = "--apply", paramLabel = "FILE", description = "Apply the plan file a dry run wrote, after one confirmation.")
    Path apply;
    @Option(names = "--yes", description = "With --apply: confirm without asking (for scripts).")
    boolean yes;
    @CommandLine.Mixin LanguageOptions language;
    @CommandLine.Mixin ConnectionOptions connectionOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Language l = language.apply();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "markdown", "json", "csv").contains(fmt)) {
            err.println("Unknown --format '" + format + "': use text, markdown, json or csv.");
            return DiagnoseCommand.USAGE;
        }
        if (excel && !fmt.equals("csv")) {
            err.println("--excel applies to --format csv only.");
            return DiagnoseCommand.USAGE;
        }
        String rates = Rates.problem(concurrency, maxCallsPerSecond);
        if (rates != null) {
            err.println(rates);
            return DiagnoseCommand.USAGE;
        }
        if (apply != null) return applyPlan(err, l, fmt);
        if (yes) {
            err.println("--yes confirms a plan file: give it with --apply FILE (write it first with --dry-run --plan-out FILE and review it).");
            return DiagnoseCommand.USAGE;
        }
        if ((!remove.isEmpty() || removeAllUnexpected || planOut != null) && !dryRun) {
            err.println("--remove, --remove-all-unexpected and --plan-out go with --dry-run: the plan is printed first, then applied with --apply FILE.");
            return DiagnoseCommand.USAGE;
        }
        if (dryRun && expected == null && !expectedDemo) {
            err.println("--dry-run plans from the customers you expect: give --expected FILE.");
            return DiagnoseCommand.USAGE;
        }
        Set<String> removeIds = new LinkedHashSet<>();
        for (String r : remove) {
            String id = InputRules.cleanGuid(r);
            if (id == null || !InputRules.isGuid(id)) {
                err.println("--remove '" + shorten(r) + "' is not a subscription ID (a GUID such as e09a4e93-29a7-4eba-a6d4-76202383f07f).");
                return DiagnoseCommand.USAGE;
            }
            removeIds.add(id);
        }
        if (columns != null && expected == null) {
            err.println("--columns names the columns of the --expected FILE: give it too.");
            return DiagnoseCommand.USAGE;
        }
        ColumnMapping mapping = BulkCommand.parseColumns(columns, err);
        if (columns != null && mapping == null) return DiagnoseCommand.USAGE;
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
                rows = CsvInput.read(in, mapping);
            } catch (NoSuchFileException e) {
                err.println("Expected customers file not found: " + expected);
                return DiagnoseCommand.USAGE;
            } catch (CsvInput.BulkInputException e) {
                err.println(e.text().in(l));
                if (mapping == null) BulkCommand.suggestColumns(e, err);
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
        OutputStream planFile = null;
        try {
            file = output == null ? null : BulkReport.create(output, l);
            if (planOut != null) planFile = BulkReport.create(planOut, l);
        } catch (BulkReport.UnusableOutput e) {
            err.println(e.getMessage());
            return DiagnoseCommand.USAGE;
        }

        RegistrationApi api = cli.connect(connection, err).orElse(null);
        if (api == null) {
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
        CsvStyle style = excel ? CsvStyle.excel(Locale.getDefault(Locale.Category.FORMAT)) : CsvStyle.PLAIN;
        String text;
        if (dryRun) {
            TenantPlan plan;
            try {
                plan = TenantPlan.of(reconciliation, removeIds, removeAllUnexpected);
            } catch (TenantPlan.NotPlannable e) {
                err.println(e.reason().in(l));
                if (file != null) file.close();
                if (planFile != null) {
                    planFile.close();
                    Files.deleteIfExists(planOut);   // no plan: leave no empty file that looks like one
                }
                return listing.listed() ? DiagnoseCommand.USAGE : DiagnoseCommand.INCOMPLETE;
            }
            text = render(new PlanReport(plan, null, l), fmt, style);
            if (planFile != null) {
                try (OutputStream planStream = planFile) {
                    planStream.write(PlanFile.write(plan, Instant.now()).getBytes(StandardCharsets.UTF_8));
                }
                err.println("Plan written to " + planOut + ": review it, then apply exactly it with: tenants --apply " + planOut
                        + " (add --yes to apply it without being asked).");
            }
        } else {
            text = render(new TenantsReport(listing, reconciliation, l), fmt, style);
        }
        emit(file, text);
        if (!listing.listed() || listing.inconclusive()) return DiagnoseCommand.INCOMPLETE;
        return reconciliation == null || reconciliation.inAgreement() ? DiagnoseCommand.OK : DiagnoseCommand.PROBLEM;
    }

    /** Who answers the confirmation: a person at the terminal, or in tests a stand-in. Null: nobody to ask. */
    interface Prompt {
        String ask(String question);
    }

    /** Tests set this to answer the confirmation; null in the app, which asks the terminal (if any). */
    static volatile Prompt promptForTests;

    private static Prompt prompt() {
        if (promptForTests != null) return promptForTests;
        Console console = Terminal.interactive();
        return console == null ? null : q -> console.readLine("%s ", q);
    }

    /** Only a clear yes confirms, in the language asked or in English; anything else, or nothing, is No. */
    static boolean confirmed(String answer) {
        if (answer == null) return false;
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return a.equals("y") || a.equals("yes") || a.equals("o") || a.equals("oui");
    }

    /** {@code --apply FILE}: exactly the rows of a plan a dry run wrote, checked again against a fresh listing. */
    private int applyPlan(PrintWriter err, Language l, String fmt) throws IOException {
        if (dryRun || expected != null || expectedDemo || columns != null || !remove.isEmpty() || removeAllUnexpected || planOut != null || !asked.isEmpty()) {
            err.println("--apply takes everything from the plan file: leave out --dry-run, --expected, --columns, --remove, --plan-out and --customer-subscription.");
            return DiagnoseCommand.USAGE;
        }
        TenantPlan plan;
        try (InputStream in = Files.newInputStream(apply)) {
            plan = PlanFile.read(in);
        } catch (NoSuchFileException e) {
            err.println("Plan file not found: " + apply);
            return DiagnoseCommand.USAGE;
        } catch (PlanFile.Refused e) {
            err.println(e.reason().in(l));
            return DiagnoseCommand.USAGE;
        } catch (IOException e) {
            err.println("The plan file cannot be read: " + e.getMessage());
            return DiagnoseCommand.USAGE;
        }
        RegistrationRef ref = plan.registration();
        if ((subscription != null && !subscription.equalsIgnoreCase(ref.subscriptionId()))
                || (resourceGroup != null && !resourceGroup.equalsIgnoreCase(ref.resourceGroup()))
                || (registration != null && !registration.equalsIgnoreCase(ref.name()))) {
            err.println("The plan file is for registration " + ref.name() + " (subscription " + ref.subscriptionId() + ", resource group "
                    + ref.resourceGroup() + "), not the one given: nothing is applied.");
            return DiagnoseCommand.USAGE;
        }
        Connection connection = connectionOptions.toConnection(err);
        if (connection == null) return DiagnoseCommand.USAGE;
        OutputStream file;
        try {
            file = output == null ? null : BulkReport.create(output, l);
        } catch (BulkReport.UnusableOutput e) {
            err.println(e.getMessage());
            return DiagnoseCommand.USAGE;
        }
        if (!yes) {
            Prompt p = prompt();
            if (p != null) {
                err.print(new PlanReport(plan, null, l).plain(false));
                err.flush();
            }
            if (p == null || !confirmed(p.ask(PlanReport.confirmation(plan, l)))) {
                err.println(p != null ? "Not written: the plan was not confirmed, so nothing was written."
                        : "Not written: the plan was not confirmed (no --yes, and no terminal to ask on), so nothing was written."
                        + " Add --yes to apply this plan file without being asked.");
                if (file != null) file.close();
                return DiagnoseCommand.NOT_CONFIRMED;
            }
        }
        RegistrationApi api = cli.connect(connection, err).orElse(null);
        if (api == null) {
            if (file != null) file.close();
            return DiagnoseCommand.USAGE;
        }
        boolean terminal = System.console() != null;
        int total = plan.writes().size();
        PlanApplier.Result result = new PlanApplier(api, new WritePacer()).apply(plan, terminal ? (i, row) -> {
            synchronized (err) {
                err.print("\r" + (i + 1) + "/" + total);
                if (i + 1 == total) err.println();
                err.flush();
            }
        } : PlanApplier.Listener.NONE);
        CsvStyle style = excel ? CsvStyle.excel(Locale.getDefault(Locale.Category.FORMAT)) : CsvStyle.PLAIN;
        emit(file, render(new PlanReport(plan, result, l), fmt, style));
        if (result.listFailure() != null) return DiagnoseCommand.INCOMPLETE;
        return result.complete() ? DiagnoseCommand.OK : DiagnoseCommand.PROBLEM;
    }

    private String render(ReportFormats report, String fmt, CsvStyle style) {
        return switch (fmt) {
            case "json" -> report.json(language.redact);
            case "markdown" -> report.markdown(language.redact);
            case "csv" -> report.csv(style, language.redact);
            default -> report.plain(language.redact);
        };
    }

    private void emit(OutputStream file, String text) throws IOException {
        if (file != null) {
            try (file) {
                file.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        }
    }

    /** A value quoted back to the user: one line, and not a whole file pasted by mistake. */
    private static String shorten(String v) {
        String s = v.replaceAll("\\p{Cntrl}", " ");
        return s.length() > 60 ? s.substring(0, 60) + "\u2026" : s;
    }
}
