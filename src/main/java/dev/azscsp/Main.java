package dev.azscsp;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.OptionalInt;

import dev.azscsp.app.FastStart;
import dev.azscsp.cli.Cli;

/**
 * The one entry point: without arguments it opens the window, with a command it runs the command line.
 * It is a plain class (not a JavaFX Application) so JavaFX can sit on the class path. A window started with a plain
 * {@code java -jar} first tries to move to a JVM with faster start-up options ({@link FastStart}).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            OptionalInt moved = FastStart.run(args);
            if (moved.isPresent()) System.exit(moved.getAsInt());
            train(System.getProperty("azscsp.training"));
            dev.azscsp.ui.App.launchApp(args);
        } else {
            System.exit(Cli.execute(args));
        }
    }

    /**
     * The packaging's training run for the ahead-of-time cache (packaging/Train.java), which both launchers share:
     * the command line's work first (a demo diagnosis in two formats, the French catalog), output discarded, then
     * the window runs the same demo scenario to its result page and quits.
     */
    private static void train(String scenario) {
        if (scenario == null) return;
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), true));
        try {
            Cli.execute("diagnose", "--auth", "demo", "--scenario", scenario);
            Cli.execute("diagnose", "--auth", "demo", "--scenario", scenario, "--format", "json", "--lang", "fr");
            Cli.execute("catalog", "--lang", "fr");
        } finally {
            System.setOut(out);
        }
        System.setProperty("azscsp.demoRunAndExit", scenario);
    }
}
