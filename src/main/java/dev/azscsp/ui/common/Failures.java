package dev.azscsp.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import dev.azscsp.diagnosis.api.ArmFailure;

/**
 * A failure of background work as one sentence in the user's language. The service's own answers (an
 * {@link ArmFailure}) keep their code and message; file errors say which file and what went wrong; anything else
 * is named and logged with its stack, never shown as one.
 */
public final class Failures {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Failures.class);

    private Failures() {}

    public static String describe(I18n i18n, Throwable e) {
        Throwable t = unwrap(e);
        String known = known(i18n, t);
        return known != null ? known : i18n.format("failure.unexpected", t.getClass().getSimpleName(), message(t));
    }

    /**
     * Logs a failure that has no words of its own, with its stack, for whoever reads the log file. Called once, when
     * the work fails: the sentence itself is made again at each language switch.
     */
    static void logIfUnexpected(I18n i18n, Throwable e) {
        if (known(i18n, unwrap(e)) == null) LOG.warn("Background work failed", e);
    }

    /** The sentence for a failure the app has words for; null for anything else. */
    private static String known(I18n i18n, Throwable t) {
        if (t instanceof ArmFailure f) return (f.code() != null ? f.code() + ": " : "") + f.getMessage();
        if (t instanceof NoSuchFileException f) return i18n.format("failure.noSuchFile", path(f));
        if (t instanceof AccessDeniedException f) return i18n.format("failure.accessDenied", path(f));
        if (t instanceof FileAlreadyExistsException f) return i18n.format("failure.fileExists", path(f));
        if (t instanceof FileSystemException f) {
            return i18n.format("failure.file", path(f), f.getReason() == null ? t.getClass().getSimpleName() : f.getReason());
        }
        if (t instanceof IOException) return i18n.format("failure.io", message(t));
        if (t instanceof CancellationException || t instanceof InterruptedException) return i18n.get("failure.cancelled");
        // Our own refusals (a sign-in method that cannot start, a state that does not allow the step) carry a sentence.
        if ((t instanceof IllegalArgumentException || t instanceof IllegalStateException || t instanceof UnsupportedOperationException)
                && t.getMessage() != null && !t.getMessage().isBlank()) return t.getMessage();
        return null;
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException || t instanceof UncheckedIOException)
                && t.getCause() != null) t = t.getCause();
        return t;
    }

    private static String path(FileSystemException f) {
        return f.getFile() == null ? "?" : f.getFile();
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? "\u2014" : m;
    }
}
