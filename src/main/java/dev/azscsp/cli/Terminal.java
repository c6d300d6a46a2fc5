package dev.azscsp.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * The console to ask the user on, only when there is a person at a terminal. Up to Java 21,
 * {@link System#console()} is null unless standard input and output are a terminal; from Java 22 it may be a
 * console over redirected streams (a script, a pipe), which {@code Console.isTerminal()} tells apart. Asking
 * there would read an answer from a pipe, or wait for one forever.
 */
final class Terminal {
    private Terminal() {}

    /** The console of an interactive terminal, or null. */
    static Console interactive() {
        Console c = System.console();
        if (c == null) return null;
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");   // Java 22 and later
            return Boolean.TRUE.equals(isTerminal.invoke(c)) ? c : null;
        } catch (ReflectiveOperationException e) {
            return c;   // before Java 22 a console is a terminal
        }
    }
}
