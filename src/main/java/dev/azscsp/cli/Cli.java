package dev.azscsp.cli;

import java.io.PrintWriter;
import java.util.Optional;

import dev.azscsp.app.ApiFactory;
import dev.azscsp.app.AppInfo;
import dev.azscsp.app.Connection;
import dev.azscsp.app.Logging;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.i18n.Language;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code catalog}, {@code diagnose}, {@code explain}, {@code bulk}, {@code tenants}. Exit codes are
 * documented per command.
 */
@Command(name = "azs-csp", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Finds out why adding a customer subscription to an Azure Stack Hub registration fails.%n"
                + "Run without arguments to open the window.",
        subcommands = {CatalogCommand.class, DiagnoseCommand.class, BulkCommand.class, TenantsCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    /** Bad usage, or input too malformed to check (also picocli's own code for usage errors). */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    private final ApiFactory apiFactory;

    Cli(ApiFactory apiFactory) {
        this.apiFactory = apiFactory;
    }

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the app's log lines (down to debug) on standard error. The log file is written either way.")
    void verbose(boolean on) {
        if (on) Logging.verbose();
    }

    /** How commands reach Azure (or the demo). */
    ApiFactory apiFactory() { return apiFactory; }

    /**
     * Signs in as the options say, printing a device code on {@code err} when one is asked for; empty, with the reason
     * printed, when the options cannot make a client (bad usage).
     */
    Optional<RegistrationApi> connect(Connection connection, PrintWriter err) {
        try {
            return Optional.of(apiFactory.connect(connection, code -> {
                err.println(code.message());
                err.flush();
            }));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: catalog, diagnose, bulk, tenants or explain.");
    }

    /** Runs a command line and returns its exit code; output goes to the given writers. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, ApiFactory.DEFAULT);
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)}, reaching Azure through the given factory. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, ApiFactory apiFactory) {
        CommandLine cl = new CommandLine(new Cli(apiFactory));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOverwrittenOptionsAllowed(true);   // the last value wins, as in most command lines
        cl.registerConverter(Language.class, s -> Language.parse(s).orElseThrow(
                () -> new CommandLine.TypeConversionException("'" + s + "' is not a language: use en or fr")));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("Error: " + ex.getMessage());
            return 3;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static int execute(String... args) {
        return execute(args, ConsoleOutput.stdout(), ConsoleOutput.stderr());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
