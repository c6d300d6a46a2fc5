package dev.azscsp.ui.common;

import javafx.application.HostServices;

/** Opens pages with the platform's browser, and local folders (file: addresses) with its file manager. */
public final class HostServicesBrowser implements Browser {
    private final HostServices host;

    public HostServicesBrowser(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(String url) {
        if (url != null && (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("file:"))) host.showDocument(url);
    }
}
