package dev.azscsp.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.azscsp.app.Cloud;
import dev.azscsp.app.Connection;
import dev.azscsp.app.Connector;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diagnose}: runs the checks for one customer subscription. Exit codes: 0 no problem found, 1 a problem found,
 * 2 bad usage or input too malformed to check, 3 could not complete (sign-in, network, timeout).
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Checks a registration and a customer subscription against Azure and prints the matching card.",
        footer = {"", "Exit codes: 0 no problem found, 1 a problem found, 2 bad usage or input too malformed, 3 could not complete.",
                "Nothing is written to Azure unless --add is given and confirmed (prompt, or --yes)."})
final class DiagnoseCommand implements Callable<Integer> {
    static final int OK = 0, PROBLEM = 1, USAGE = 2, INCOMPLETE = 3;

    @Spec CommandLine.Model.CommandSpec spec;

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

    @Option(names = "--cloud", paramLabel = "NAME", defaultValue = "AzureCloud",
            description = "AzureCloud, AzureChinaCloud or AzureUSGovernment (default: ${DEFAULT-VALUE}).")
    String cloud;
    @Option(names = "--arm-endpoint", paramLabel = "URL", description = "A custom ARM endpoint (its TLS certificate must be trusted by the Java trust store).")
    String armEndpoint;
    @Option(names = "--authority-host", paramLabel = "URL", description = "With --arm-endpoint: the sign-in authority (default: Microsoft Entra ID).")
    String authorityHost;
    @Option(names = "--auth", paramLabel = "METHOD", defaultValue = "azure-cli",
            description = "browser, device-code, azure-cli, service-principal or demo (default: ${DEFAULT-VALUE}).")
    String auth;
    @Option(names = "--tenant", paramLabel = "ID", description = "The tenant to sign in to (the registration subscription's).")
    String tenant;
    @Option(names = "--client-id", paramLabel = "ID", description = "The application (client) ID to sign in with.")
    String clientId;
    @Option(names = "--certificate", paramLabel = "FILE", description = "service-principal: a PEM or PFX certificate instead of a secret.")
    Path certificate;
    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "healthy",
            description = "With --auth demo: the simulated situation (default: ${DEFAULT-VALUE}). See --list-scenarios.")
    String scenario;
    @Option(names = "--list-scenarios", description = "Lists the demo scenarios and exits.")
    boolean listScenarios;
    @Option(names = "--api-version", paramLabel = "VERSION", defaultValue = Connection.DEFAULT_API_VERSION,
            description = "Microsoft.AzureStack api-version: 2017-06-01 or 2022-06-01 (default: ${DEFAULT-VALUE}).")
    String apiVersion;

    @Option(names = "--lang", description = "en or fr (default: the system's language, else en).")
    Language lang;
    @Option(names = "--format", defaultValue = "text", description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    Format format;
    @Option(names = "--redact", description = "Shorten every GUID in the output to its first and last 4 characters.")
    boolean redact;
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Time limit of each call and check (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listScenarios) {
            for (Scenario s : Scenario.values()) out.println(s.key() + "\t" + s.expectedCode().orElse("(no problem)"));
            return OK;
        }
        Language l = lang != null ? lang : Language.fromSystem();
        Connection connection = connection(err);
        if (connection == null) return USAGE;

        RawInput raw = rawInput(connection);
        InputReport input = InputRules.check(raw);
        Console console = System.console();
        boolean terminal = console != null;
        DiagnosisListener progress = terminal ? new Progress(err, l) : DiagnosisListener.NONE;

        // Connecting prepares the client only; nothing is called when the input is unusable.
        RegistrationApi api = Connector.connect(connection, code -> {
            err.println(code.message());
            err.flush();
        });
        Diagnostician diagnostician = Diagnostician.standard(api, connection.timeout());
        Diagnosis d = diagnostician.run(input, progress);

        if (Diagnostician.readyToAdd(d)) {
            String resource = d.target().registration().customerSubscriptionId(d.target().customerSubscriptionId());
            boolean confirmed = yes;
            if (!confirmed && terminal) {
                String answer = console.readLine("Write to Azure: PUT %s%s? [y/N] ", resource,
                        d.target().customerTenantId() == null ? "" : " (tenant " + d.target().customerTenantId() + ")");
                confirmed = answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
            } else if (!confirmed) {
                err.println("Not written: --add needs a confirmation. Run on a terminal to be asked, or add --yes.");
            }
            if (confirmed) d = diagnostician.add(d);
        }

        DiagnosisReport report = new DiagnosisReport(ErrorCatalog.shipped());
        String text = switch (format) {
            case json -> report.json(d, l, connection.apiVersion(), redact);
            case markdown -> report.markdown(d, l, connection.apiVersion(), redact);
            case text -> report.plain(d, l, connection.apiVersion(), redact);
        };
        out.print(text);
        out.flush();
        if (d.inputOnly()) return USAGE;
        return d.outcome() == Outcome.OK ? OK : d.outcome() == Outcome.PROBLEM ? PROBLEM : INCOMPLETE;
    }

    private Connection connection(PrintWriter err) {
        SignIn method = SignIn.parse(auth).orElse(null);
        if (method == null) {
            err.println("Unknown --auth '" + auth + "': use browser, device-code, azure-cli, service-principal or demo.");
            return null;
        }
        Cloud c = Cloud.parse(cloud).filter(x -> x != Cloud.CUSTOM).orElse(null);
        if (c == null) {
            err.println("Unknown --cloud '" + cloud + "': use AzureCloud, AzureChinaCloud or AzureUSGovernment (or --arm-endpoint).");
            return null;
        }
        if (armEndpoint != null) {
            if (!armEndpoint.startsWith("https://")) {
                err.println("--arm-endpoint must be an https:// URL.");
                return null;
            }
            c = Cloud.CUSTOM;
        }
        if (!apiVersion.equals("2017-06-01") && !apiVersion.equals("2022-06-01")) {
            err.println("Unknown --api-version '" + apiVersion + "': use 2017-06-01 or 2022-06-01.");
            return null;
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 600) {
            err.println("--timeout must be between 1 and 600 seconds.");
            return null;
        }
        Scenario sc = null;
        if (method == SignIn.DEMO) {
            sc = Scenario.parse(scenario).orElse(null);
            if (sc == null) {
                err.println("Unknown --scenario '" + scenario + "'. Scenarios: "
                        + String.join(", ", java.util.Arrays.stream(Scenario.values()).map(Scenario::key).toList()));
                return null;
            }
        }
        char[] secret = null;
        if (method == SignIn.SERVICE_PRINCIPAL && certificate == null) {
            secret = Secrets.clientSecret(err);
            if (secret == null) return null;
        }
        return new Connection(c, armEndpoint, authorityHost, method, tenant, clientId, secret, certificate, sc, apiVersion,
                Duration.ofSeconds(timeoutSeconds));
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
