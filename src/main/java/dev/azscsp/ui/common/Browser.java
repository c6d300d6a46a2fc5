package dev.azscsp.ui.common;

/**
 * Opens a web page in the user's browser, or a local folder ({@code file:} address) in the file manager. Behind an
 * interface because {@code HostServices.showDocument} throws under the headless test platform, and tests want to see
 * which address was opened.
 */
@FunctionalInterface
public interface Browser {
    void open(String url);
}
