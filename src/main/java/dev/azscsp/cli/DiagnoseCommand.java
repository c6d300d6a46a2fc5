package dev.azscsp.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.azscsp.app.Connection;
import dev.azscsp.app.SignIn;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.demo.Scenario;
import dev.azscsp.diagnosis.CheckResult;
import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.DiagnosisListener;
import dev.azscsp.diagnosis.Diagnostician;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.Outcome;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.input.InputReport;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.i18n.Language;
import dev.azscsp.report.DiagnosisReport;
import dev.azscsp.report.RunContext;
import dev.azscsp.app.RunContexts;
import java.time.Instant;
import picocli.CommandLine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.azscsp.i18n.Messages;
import dev.azscsp.report.Redactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diagnose}: runs the checks for one customer subscription. Exit codes: 0 no problem found, 1 a problem found,
 * 2 bad usage or input too malformed to check, 3 could not complete (sign-in, network, timeout), 4 {@code --add}
 * was not confirmed, so nothing was written.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Checks a registration and a customer subscription against Azure and prints the matching card.",
        footer = {"", "Exit codes: 0 no problem found, 1 a problem found, 2 bad usage or input too malformed, 3 could not complete,",
                "4 --add was not confirmed (declined, or no --yes and no terminal to ask on): nothing was written.",
                "Nothing is written to Azure unless --add is given and confirmed (prompt, or --yes)."})
final class DiagnoseCommand implements Callable<Integer> {
    static final int OK = 0, PROBLEM = 1, USAGE = 2, INCOMPLETE = 3;
    /** --add without a confirmation (declined, or no --yes and no terminal to ask on): nothing was written. */
    static final int NOT_CONFIRMED = 4;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.ParentCommand Cli cli;

    @Option(names = "--subscription", paramLabel = "ID", description = "The registration subscription ID.")
    String subscription;
    @Option(names = "--resource-group", paramLabel = "NAME", description = "The registration's resource group (default: azurestack).")
    String resourceGroup;
    @Option(names = "--registration", paramLabel = "NAME", description = "The registration name.")
    String registration;
    @Option(names = "--customer-subscription", paramLabel = "ID", description = "The customer subscription ID, exactly as the customer's CSP subscription spells it.")
    String customerSubscription;
    @Option(names = "--customer-tenant", paramLabel = "ID", description = "The customer's tenant ID (optional).")
    String customerTenant;
    @Option(names = "--cloud-id", paramLabel = "ID", description = "The stamp's CloudID, to check the registration belongs to it (optional).")
    String cloudId;
    @Option(names = "--add", description = "Add the customer subscription (PUT) after the checks pass. Asks for confirmation on a terminal.")
    boolean add;
    @Option(names = "--yes", description = "With --add: confirm the write without asking (for scripts).")
    boolean yes;
    @Option(names = "--before-add", description = "Check everything the PUT needs, without writing (an absent mapping is expected).")
    boolean beforeAdd;

    @CommandLine.Mixin ConnectionOptions connectionOptions;
    @Option(names = "--list-scenarios", description = "Lists the demo scenarios and exits.")
    boolean listScenarios;

    @CommandLine.Mixin OutputOptions output;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listScenarios) {
            for (Scenario s : Scenario.values()) out.println(s.key() + "\t" + s.expectedCode().orElse("(no problem)"));
            return OK;
        }
        if (add && beforeAdd) {
            err.println("--before-add only checks and never writes, so it cannot go with --add. Run --before-add first,"
                    + " then --add (with --yes in a script) to write.");
            return USAGE;
        }
        Language l = output.apply();
        Connection connection = connectionOptions.toConnection(err);
        if (connection == null) return USAGE;

        RawInput raw = rawInput(connection);
        InputReport input = InputRules.check(raw);
        Console console = Terminal.interactive();
        boolean terminal = console != null;
        DiagnosisListener progress = terminal ? new Progress(err, l) : DiagnosisListener.NONE;

        // Connecting prepares the client only; nothing is called when the input is unusable.
        RegistrationApi api = cli.connect(connection, err).orElse(null);
        if (api == null) return USAGE;
        Diagnostician diagnostician = Diagnostician.standard(api, connection.timeout());
        Diagnosis d = diagnostician.run(input, progress);

        if (Diagnostician.readyToAdd(d)) {
            String resource = d.target().registration().customerSubscriptionId(d.target().customerSubscriptionId());
            boolean confirmed = yes;
            // Rights that could not be read do not stop the write (ARM decides), but the one confirming must know.
            for (var unverified : Diagnostician.unverifiedRights(d)) {
                err.println("Caution: the checks could not confirm that you may write: " + unverified.evidence().in(l));
            }
            if (!confirmed && terminal) {
                String answer = console.readLine("Write to Azure: PUT %s%s? [y/N] ", resource,
                        d.target().customerTenantId() == null ? "" : " (tenant " + d.target().customerTenantId() + ")");
                confirmed = answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
            }
            if (confirmed) {
                d = diagnostician.add(d);
            } else {
                err.println(terminal ? "Not written: the write was not confirmed, so nothing was written."
                        : "Not written: the write was not confirmed (no --yes, and no terminal to ask on), so nothing was"
                        + " written. Add --yes to write without being asked.");
                d = Diagnostician.notConfirmed(d);
            }
        }

        DiagnosisReport report = new DiagnosisReport(ErrorCatalog.shipped());
        RunContext context = RunContexts.of(connection, Instant.now());
        String text = switch (output.format) {
            case json -> report.json(d, l, context, output.redact());
            case markdown -> report.markdown(d, l, context, output.redact());
            case text -> report.plain(d, l, context, output.redact());
        };
        String runAgain = d.corrections().isEmpty() ? null : correctedCommand(d);
        if (runAgain != null && output.redact()) runAgain = Redactor.redact(runAgain, java.util.Set.of());
        if (runAgain != null && output.format == Format.json) {
            // One JSON document on standard output: the line goes into it.
            ObjectNode root = (ObjectNode) JSON.readTree(text);
            root.put("correctedCommandLine", runAgain);
            text = JSON.writeValueAsString(root) + "\n";
        }
        out.print(text);
        if (runAgain != null && output.format != Format.json) {
            String heading = Messages.of("dev.azscsp.report.messages", l).get("heading.runAgain");
            out.print(output.format == Format.markdown ? "\n## " + heading + "\n\n```shell\n" + runAgain + "\n```\n"
                    : "\n" + heading + "\n  " + runAgain + "\n");
        }
        out.flush();
        if (d.inputOnly()) return USAGE;
        if (d.writeNotConfirmed()) return NOT_CONFIRMED;
        return d.outcome() == Outcome.OK ? OK : d.outcome() == Outcome.PROBLEM ? PROBLEM : INCOMPLETE;
    }

    /**
     * This command line with the values the checks found in place of the typed ones; null when one cannot be put on a
     * command line safely (the report still names the values).
     */
    private String correctedCommand(Diagnosis d) {
        StringBuilder program = new StringBuilder(spec.parent() == null ? "" : spec.parent().name() + " ");
        // Flags given before the command (--verbose) come along; the parent has no option that takes a value.
        CommandLine parent = spec.commandLine().getParent();
        if (parent != null && parent.getParseResult() != null) {
            parent.getParseResult().matchedOptions().stream().filter(o -> o.arity().max() == 0)
                    .forEach(o -> program.append(o.longestName()).append(' '));
        }
        program.append(spec.name());
        return CorrectedCommand.of(program.toString(), spec.commandLine().getParseResult(), d.correctedValues()).orElse(null);
    }

    /** The typed values; in the demo, values not typed come from the scenario. */
    private RawInput rawInput(Connection c) {
        Intent intent = add ? Intent.ADD : beforeAdd ? Intent.CHECK_BEFORE_ADD : Intent.VERIFY;
        if (c.signIn() == SignIn.DEMO) {
            RawInput s = c.scenario().input();
            return new RawInput(or(subscription, s.subscriptionId()), or(resourceGroup, s.resourceGroup()),
                    or(registration, s.registrationName()), or(customerSubscription, s.customerSubscriptionId()),
                    or(customerTenant, s.customerTenantId()), or(cloudId, s.stampCloudId()),
                    add || beforeAdd ? intent : s.intent());
        }
        return new RawInput(subscription, resourceGroup == null ? InputRules.DEFAULT_RESOURCE_GROUP : resourceGroup,
                registration, customerSubscription, customerTenant, cloudId, intent);
    }

    private static String or(String a, String b) { return a != null ? a : b; }

    /** Live progress on a terminal's standard error. */
    private static final class Progress implements DiagnosisListener {
        private final PrintWriter err;
        private final Language lang;

        Progress(PrintWriter err, Language lang) {
            this.err = err;
            this.lang = lang;
        }

        @Override
        public synchronized void finished(CheckResult r) {
            String mark = switch (r.status()) {
                case PASS -> "ok  ";
                case WARN -> "warn";
                case FAIL -> "FAIL";
                case UNKNOWN -> " ?  ";
                case SKIPPED -> " -  ";
            };
            err.printf("[%s] %s (%d ms)%n", mark, r.id().title().in(lang), r.duration().toMillis());
            err.flush();
        }
    }
}
