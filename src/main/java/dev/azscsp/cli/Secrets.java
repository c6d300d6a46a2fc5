package dev.azscsp.cli;

import java.io.Console;
import java.io.PrintWriter;

/**
 * Where the command line takes a service principal's secret from: the {@code AZURE_CLIENT_SECRET} environment
 * variable or a hidden prompt, never an argument (arguments show in process lists and shell history).
 */
final class Secrets {
    static final String ENV = "AZURE_CLIENT_SECRET";

    private Secrets() {}

    static char[] clientSecret(PrintWriter err) {
        String env = System.getenv(ENV);
        if (env != null && !env.isEmpty()) return env.toCharArray();
        Console console = Terminal.interactive();
        if (console != null) {
            char[] typed = console.readPassword("Client secret (input hidden): ");
            if (typed != null && typed.length > 0) return typed;
        }
        err.println("service-principal needs a secret: set " + ENV + ", run on a terminal to be asked, or give --certificate.");
        return null;
    }
}
