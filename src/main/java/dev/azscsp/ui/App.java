package dev.azscsp.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import dev.azscsp.demo.Scenario;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.common.AlertConfirmer;
import dev.azscsp.app.ApiFactory;
import dev.azscsp.app.FastStart;
import dev.azscsp.ui.common.FileChooserOpenDialog;
import dev.azscsp.ui.common.FileChooserSaveDialog;
import dev.azscsp.ui.common.HostServicesBrowser;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Background;
import dev.azscsp.ui.main.MainViewModel;
import dev.azscsp.ui.main.MainWindow;
import dev.azscsp.ui.main.Page;
import dev.azscsp.ui.main.Services;

/** The desktop app: builds the services and opens the main window. */
public final class App extends Application {
    /** Set before the toolkit starts; JavaFX makes the App instance itself, so it is handed over here. */
    private static volatile Preload preload;
    private Services services;

    public static void launchApp(String[] args) {
        preload = Preload.start();
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        Preload ready = preload != null ? preload : Preload.start();
        services = services(stage, this, ready);
        MainWindow window = MainWindow.show(stage, services);
        FastStart.windowShown();
        AutomationHooks.install(stage, window.viewModel());
    }

    /** The real services for a stage. */
    static Services services(Stage stage, Application app, Preload ready) {
        I18n i18n = new I18n(Language.fromSystem());
        return new Services(i18n, new Background(Platform::runLater), ready.catalog(), ready.settings(),
                ApiFactory.DEFAULT, ready.pasteReader(), new HostServicesBrowser(app.getHostServices()),
                new FileChooserSaveDialog(() -> stage, i18n), new FileChooserOpenDialog(() -> stage, i18n),
                new AlertConfirmer(() -> stage, i18n));
    }

    @Override
    public void stop() {
        if (services != null) {
            services.settings().close();
            services.background().close();
        }
    }

    /**
     * For smoke tests and benchmarks of built and installed apps, where no test harness can reach in:
     * {@code -Dazscsp.exitAfterShown=true} prints WINDOW_SHOWN once the window is up and quits;
     * {@code -Dazscsp.demoRunAndExit=SCENARIO} runs that demo scenario to its result page, prints RESULT_SHOWN and quits.
     * {@code -Dazscsp.automationLog=FILE} also appends those words to FILE: a Windows GUI launcher has no console
     * whose output a script could read.
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
            record(word, System.getProperty("azscsp.automationLog"));
            Platform.exit();
        }

        static void record(String word, String logFile) {
            System.out.println(word);
            System.out.flush();
            if (logFile == null || logFile.isBlank()) return;
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(logFile), word + System.lineSeparator(),
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException | RuntimeException e) {
                System.err.println("Cannot write " + logFile + ": " + e.getMessage());
            }
        }
    }
}
