package dev.azscsp.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.demo.Scenario;
import dev.azscsp.i18n.Language;
import dev.azscsp.settings.SettingsStore;
import dev.azscsp.ui.common.AlertConfirmer;
import dev.azscsp.app.ApiFactory;
import dev.azscsp.ui.common.FileChooserOpenDialog;
import dev.azscsp.ui.common.FileChooserSaveDialog;
import dev.azscsp.ui.common.HostServicesBrowser;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Jobs;
import dev.azscsp.ui.common.SettingsKeeper;
import dev.azscsp.ui.main.MainViewModel;
import dev.azscsp.ui.main.MainWindow;
import dev.azscsp.ui.main.Page;
import dev.azscsp.ui.main.Services;
import dev.azscsp.ui.paste.DomainPastedErrorReader;

/** The desktop app: builds the services and opens the main window. */
public final class App extends Application {
    private Services services;

    public static void launchApp(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        services = services(stage, this);
        MainWindow window = MainWindow.show(stage, services);
        AutomationHooks.install(stage, window.viewModel());
    }

    /** The real services for a stage. */
    static Services services(Stage stage, Application app) {
        I18n i18n = new I18n(Language.fromSystem());
        ErrorCatalog catalog = ErrorCatalog.shipped();
        return new Services(i18n, new Jobs(Platform::runLater), catalog, new SettingsKeeper(SettingsStore.forCurrentUser()),
                ApiFactory.DEFAULT, new DomainPastedErrorReader(catalog), new HostServicesBrowser(app.getHostServices()),
                new FileChooserSaveDialog(() -> stage, i18n), new FileChooserOpenDialog(() -> stage, i18n),
                new AlertConfirmer(() -> stage, i18n));
    }

    @Override
    public void stop() {
        if (services != null) {
            services.settings().close();
            services.jobs().close();
        }
    }

    /**
     * For smoke tests and benchmarks of built and installed apps, where no test harness can reach in:
     * {@code -Dazscsp.exitAfterShown=true} prints WINDOW_SHOWN once the window is up and quits;
     * {@code -Dazscsp.demoRunAndExit=SCENARIO} runs that demo scenario to its result page, prints RESULT_SHOWN and quits.
     */
    static final class AutomationHooks {
        private AutomationHooks() {}

        static void install(Stage stage, MainViewModel vm) {
            String demo = System.getProperty("azscsp.demoRunAndExit");
            if (Boolean.getBoolean("azscsp.exitAfterShown")) {
                runWhenShown(stage, () -> say("WINDOW_SHOWN"));
            } else if (demo != null) {
                Scenario s = Scenario.parse(demo).orElse(Scenario.HEALTHY);
                vm.pageProperty().addListener((o, was, page) -> {
                    if (page == Page.RESULT) say("RESULT_SHOWN");
                });
                runWhenShown(stage, () -> {
                    vm.startDemo(s);
                    vm.runChecks();
                });
            }
        }

        private static void runWhenShown(Stage stage, Runnable r) {
            if (stage.isShowing()) Platform.runLater(r);
            else stage.setOnShown(e -> r.run());
        }

        private static void say(String word) {
            System.out.println(word);
            System.out.flush();
            Platform.exit();
        }
    }
}
