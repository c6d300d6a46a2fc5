package dev.azscsp.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.i18n.Language;
import dev.azscsp.settings.SettingsStore;
import dev.azscsp.ui.common.AlertConfirmer;
import dev.azscsp.ui.common.ApiFactory;
import dev.azscsp.ui.common.FileChooserSaveDialog;
import dev.azscsp.ui.common.HostServicesBrowser;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Jobs;
import dev.azscsp.ui.common.SettingsKeeper;
import dev.azscsp.ui.main.MainWindow;
import dev.azscsp.ui.main.Services;
import dev.azscsp.ui.paste.InterimPastedErrorReader;

/** The desktop app: builds the services and opens the main window. */
public final class App extends Application {
    private Services services;

    public static void launchApp(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        services = services(stage, this);
        MainWindow.show(stage, services);
    }

    /** The real services for a stage. */
    static Services services(Stage stage, Application app) {
        I18n i18n = new I18n(Language.fromSystem());
        ErrorCatalog catalog = ErrorCatalog.shipped();
        return new Services(i18n, new Jobs(Platform::runLater), catalog, new SettingsKeeper(SettingsStore.forCurrentUser()),
                ApiFactory.CONNECTOR, new InterimPastedErrorReader(catalog), new HostServicesBrowser(app.getHostServices()),
                new FileChooserSaveDialog(() -> stage, i18n), new AlertConfirmer(() -> stage, i18n));
    }

    @Override
    public void stop() {
        if (services != null) {
            services.settings().close();
            services.jobs().close();
        }
    }
}
