package dev.azscsp;

import dev.azscsp.cli.Cli;

/**
 * The one entry point: without arguments it opens the window, with a command it runs the command line.
 * It is a plain class (not a JavaFX Application) so JavaFX can sit on the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            dev.azscsp.ui.App.launchApp(args);
        } else {
            System.exit(Cli.execute(args));
        }
    }
}
