package dev.azscsp.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import dev.azscsp.app.ApiFactory;

/** Runs the command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        return with(ApiFactory.DEFAULT, args);
    }

    /** As {@link #of}, with the clients to Azure made by {@code api} (e.g. {@link ThroughFake}). */
    static CliRun with(ApiFactory api, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out), new PrintWriter(err), api);
        return new CliRun(code, out.toString(), err.toString());
    }
}
