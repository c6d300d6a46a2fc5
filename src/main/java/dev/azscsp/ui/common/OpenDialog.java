package dev.azscsp.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Asks for a CSV file to read; behind an interface so tests need no native file dialog. */
@FunctionalInterface
public interface OpenDialog {

    /** The chosen file, or empty when the user cancelled. */
    Optional<Path> askCsv();
}
