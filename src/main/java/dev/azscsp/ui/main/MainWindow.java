package dev.azscsp.ui.main;

import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import impl.org.controlsfx.skin.DecorationPane;

import dev.azscsp.app.AppInfo;
import dev.azscsp.settings.WindowBounds;

/**
 * Puts the main view in a stage: theme, style sheet, icon, size and position from the settings, and a fresh
 * {@link MainView} whenever the language changes (the ViewModels, and so everything typed, stay).
 */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1040;
    public static final double DEFAULT_HEIGHT = 720;
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 560;
    static final String STYLESHEET = "/dev/azscsp/ui/app.css";

    private final Stage stage;
    private final MainViewModel vm;
    private final Scene scene;
    private MainView view;

    private MainWindow(Stage stage, Services services) {
        this.stage = stage;
        this.vm = new MainViewModel(services);
        applyTheme(vm.themeProperty().get());
        vm.themeProperty().addListener((o, a, t) -> applyTheme(t));
        view = new MainView(vm);
        scene = new Scene(decorated(view));
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        vm.i18n().languageProperty().addListener((o, a, l) -> rebuild(() -> view.languageSwitch()));
        stage.setScene(scene);
        stage.setTitle(AppInfo.NAME);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
    }

    /** Builds the window and shows it where it was last time. */
    public static MainWindow show(Stage stage, Services services) {
        MainWindow w = new MainWindow(stage, services);
        w.placeFromSettings();
        stage.setOnHiding(e -> w.remember());
        stage.setOnCloseRequest(e -> { if (!w.mayClose()) e.consume(); });
        stage.show();
        // Seven PNGs to decode and convert, none needed for the first frame: the icons follow right after it.
        Platform.runLater(() -> stage.getIcons().setAll(AppIcon.images()));
        return w;
    }

    public MainViewModel viewModel() { return vm; }

    public Stage stage() { return stage; }

    public MainView view() { return view; }

    /**
     * The view inside the pane that holds ControlsFX's field decorations. Provided up front, because otherwise
     * ControlsFX swaps the scene's root for one when the first field registers, and the page is styled
     * once without the theme's colours (a burst of CSS warnings).
     */
    private static Parent decorated(MainView v) {
        DecorationPane pane = new DecorationPane();
        pane.setRoot(v.root());
        return pane;
    }

    private static void applyTheme(Theme t) {
        Application.setUserAgentStylesheet(t.userAgentStylesheet());
    }

    /** A fresh frame over the same ViewModels; {@code focus} is where the keyboard was (the switch just used). */
    private void rebuild(java.util.function.Supplier<javafx.scene.Node> focus) {
        MainView old = view;
        view = new MainView(vm);
        scene.setRoot(decorated(view));
        old.dispose();
        Platform.runLater(() -> focus.get().requestFocus());
    }

    private void placeFromSettings() {
        WindowBounds saved = vm.services().settings().get().window();
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D at = Placement.fit(saved, screens, Screen.getPrimary().getVisualBounds(), DEFAULT_WIDTH, DEFAULT_HEIGHT,
                MIN_WIDTH, MIN_HEIGHT);
        // The minimum size gives way to a smaller screen: the whole window on screen matters more.
        stage.setMinWidth(Math.min(MIN_WIDTH, at.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, at.getHeight()));
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
        stage.setWidth(at.getWidth());
        stage.setHeight(at.getHeight());
        if (saved != null && saved.maximized() && saved.plausible()) stage.setMaximized(true);
    }

    /** Whether the window may close now: during the write only if the user says so (its answer would be lost). */
    boolean mayClose() {
        if (vm.tenants().plan().isApplying()) {
            return vm.services().confirmer().confirmCloseDuringPlan(vm.tenants().plan().applyingOn());
        }
        return !vm.result().isWriting() || vm.services().confirmer().confirmCloseDuringWrite(vm.result().resourceToWrite());
    }

    /** Saves size and position (the last normal ones when maximized, so un-maximizing restores them). */
    void remember() {
        WindowBounds before = vm.services().settings().get().window();
        WindowBounds now = stage.isMaximized() && before != null
                ? new WindowBounds(before.x(), before.y(), before.width(), before.height(), true)
                : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        vm.services().settings().update(s -> s.withWindow(now));
        vm.services().settings().flush();
    }
}
