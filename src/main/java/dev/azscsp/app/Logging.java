package dev.azscsp.app;

import java.nio.file.Path;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;

/**
 * The log switches the faces offer: verbose output on the terminal, and identifiers redacted in every log line.
 * The log file itself ({@link AppFolders#logs()}) is set up by {@link LogSetup}: size-capped, three files kept.
 */
public final class Logging {
    private static volatile boolean redact;

    private Logging() {}

    /** Shortens every GUID in log lines from now on. */
    public static void redact(boolean on) {
        redact = on;
    }

    static boolean redacting() {
        return redact;
    }

    /** Shows the app's own log lines, down to debug, on standard error (the CLI's {@code --verbose}). */
    public static void verbose() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) return;
        ctx.getLogger("dev.azscsp").setLevel(Level.DEBUG);
        Appender<?> stderr = ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        if (stderr != null) stderr.clearAllFilters();
    }

    public static Path folder() {
        return AppFolders.logs();
    }
}
