package dev.azscsp.ui.main;

import java.util.EnumMap;
import java.util.Map;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import atlantafx.base.theme.Styles;

import dev.azscsp.app.AppInfo;
import dev.azscsp.app.DeviceCode;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.bulk.BulkView;
import dev.azscsp.ui.catalog.CatalogView;
import dev.azscsp.ui.checks.ChecksView;
import dev.azscsp.ui.common.Clipboards;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Icons;
import dev.azscsp.ui.common.Texts;
import dev.azscsp.ui.common.View;
import dev.azscsp.ui.connect.ConnectView;
import dev.azscsp.ui.customer.CustomerView;
import dev.azscsp.ui.demo.DemoView;
import dev.azscsp.ui.paste.PasteView;
import dev.azscsp.ui.registration.RegistrationView;
import dev.azscsp.ui.result.ResultView;
import dev.azscsp.ui.start.StartView;
import dev.azscsp.ui.tenants.TenantsView;

/**
 * The window's frame: header (name, home, language, theme, log folder), step indicator, banners, the current page, and the
 * Back / Next / Cancel footer. Pages are built when first shown; the whole frame is rebuilt on a language switch.
 */
public final class MainView extends View {
    @FXML private javafx.scene.layout.BorderPane frame;
    @FXML private ImageView appIcon;
    @FXML private Label productName;
    @FXML private Label pageTitle;
    @FXML private Button homeButton;
    @FXML private HBox languageSwitch;
    @FXML private ToggleButton english;
    @FXML private ToggleButton french;
    @FXML private Button themeButton;
    @FXML private HBox steps;
    @FXML private VBox banners;
    @FXML private StackPane content;
    @FXML private VBox footer;
    @FXML private Label hint;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button cancelButton;

    private final MainViewModel vm;
    private final I18n i18n;
    private final Map<Page, View> pages = new EnumMap<>(Page.class);
    private View current;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        load(i18n.bundle());
    }

    @FXML
    private void initialize() {
        appIcon.setImage(AppIcon.image(64));
        productName.setText(AppInfo.NAME);
        ToggleGroup languages = new ToggleGroup();
        english.setToggleGroup(languages);
        french.setToggleGroup(languages);
        english.setUserData(Language.EN);
        french.setUserData(Language.FR);
        (i18n.language() == Language.FR ? french : english).setSelected(true);
        disposer.listen(languages.selectedToggleProperty(), (o, was, now) -> {
            if (now == null) {
                was.setSelected(true);   // one language is always selected
                return;
            }
            // Later, so the toggle finishes its own event before the frame is rebuilt around it.
            Platform.runLater(() -> i18n.setLanguage((Language) now.getUserData()));
        });

        disposer.listenNow(vm.themeProperty(), (o, a, t) -> {
            boolean light = t == Theme.LIGHT;
            themeButton.setGraphic(Icons.of(light ? Material2MZ.NIGHTS_STAY : Material2MZ.WB_SUNNY));
            String text = i18n.get(light ? "header.darkTheme" : "header.lightTheme");
            themeButton.setAccessibleText(text);
            themeButton.setTooltip(new Tooltip(text));
        });

        nextButton.setDefaultButton(true);
        cancelButton.setCancelButton(true);
        // JavaFX lets a focused radio button, check box or list take Enter for itself; in a wizard, as in a
        // Windows dialog, Enter there means the default button.
        frame.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || e.isAltDown() || e.isControlDown() || e.isShiftDown()) return;
            Object target = e.getTarget();
            boolean choice = target instanceof RadioButton || target instanceof CheckBox || target instanceof ListView<?>;
            if (choice && nextButton.isVisible() && !nextButton.isDisabled()) {
                e.consume();
                nextButton.fire();
            }
        });
        disposer.listenNow(vm.footerProperty(), (o, a, f) -> showFooter(f));
        disposer.listenNow(vm.pageProperty(), (o, a, p) -> showPage(p));
        disposer.listen(vm.connect().deviceCodeProperty(), (o, a, c) -> showBanners());
        disposer.listen(vm.settingsNoticeShownProperty(), (o, a, b) -> showBanners());
        disposer.listen(vm.logFolderShownProperty(), (o, a, b) -> showBanners());
        showBanners();
    }

    private void showFooter(Footer f) {
        place(backButton, f.backKey(), f.backEnabled());
        place(nextButton, f.nextKey(), f.nextEnabled());
        place(cancelButton, f.cancelKey(), true);
        // A hidden default or cancel button must not answer Enter or Escape.
        nextButton.setDefaultButton(nextButton.isVisible() && !nextButton.isDisabled());
        cancelButton.setCancelButton(cancelButton.isVisible());
        hint.setText(f.hintKey() == null ? "" : i18n.get(f.hintKey()));
        boolean any = f.backKey() != null || f.nextKey() != null || f.cancelKey() != null;
        footer.setVisible(any);
        footer.setManaged(any);
        // Leaving a run half-way through the window would orphan it: Cancel is the way out.
        homeButton.setDisable(vm.page() == Page.START || vm.isRunning());
    }

    private void place(Button b, String key, boolean enabled) {
        boolean shown = key != null;
        b.setVisible(shown);
        b.setManaged(shown);
        b.setDisable(!shown || !enabled);
        if (shown) b.setText(i18n.get(key));
    }

    private void showPage(Page p) {
        View v = pages.computeIfAbsent(p, this::create);
        current = v;
        content.getChildren().setAll(v.root());
        Flow flow = vm.flow();
        int step = flow.stepOf(p);
        pageTitle.setText(step > 0 ? i18n.format("steps.position", step, flow.steps().size(), i18n.get(p.titleKey())) : i18n.get(p.titleKey()));
        showSteps(p);
        // At once, so a key typed right after Next never lands on a control of the page that just went; CSS
        // first, as a page inside a scroll pane is only in the scene once the pane has its skin. And once more
        // after layout, for the first page of a window not shown yet.
        if (frame.getScene() != null) content.applyCss();
        focusPage();
        Platform.runLater(this::focusPage);
    }

    private View create(Page p) {
        return switch (p) {
            case START -> new StartView(vm);
            case CONNECT -> new ConnectView(vm.connect(), vm.services());
            case REGISTRATION -> new RegistrationView(vm.registration(), i18n);
            case CUSTOMER -> new CustomerView(vm.customer(), i18n, vm::explainInput);
            case CHECKS -> new ChecksView(vm.checks(), i18n);
            case RESULT -> new ResultView(vm.result(), vm.services());
            case PASTE -> new PasteView(vm.paste(), vm.services());
            case CATALOG -> new CatalogView(vm.catalog(), vm.services());
            case DEMO -> new DemoView(vm.demo(), vm, i18n);
            case BULK -> new BulkView(vm.bulk(), vm);
            case TENANTS -> new TenantsView(vm.tenants(), vm);
        };
    }

    /** Puts the focus in the page (its first field), else on the default button. */
    void focusPage() {
        if (current == null || frame.getScene() == null) return;
        Node n = current.initialFocus();
        if (n != null && !n.isDisabled() && n.isVisible()) n.requestFocus();
        else if (nextButton.isVisible() && !nextButton.isDisabled()) nextButton.requestFocus();
    }

    private void showSteps(Page p) {
        Flow flow = vm.flow();
        int current = flow.stepOf(p);
        steps.getChildren().clear();
        steps.setVisible(current > 0);
        steps.setManaged(current > 0);
        if (current == 0) return;
        java.util.List<Page> order = flow.steps();
        for (Page s : order) {
            int n = flow.stepOf(s);
            Label number = new Label(n < current ? "\u2713" : String.valueOf(n));
            number.getStyleClass().add("step-number");
            Label name = new Label(i18n.get(s.titleKey()));
            name.getStyleClass().add("step-name");
            HBox step = new HBox(6, number, name);
            step.getStyleClass().add("step");
            step.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            step.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(
                    s == p ? "current" : n < current ? "done" : "todo"), true);
            step.setAccessibleText(i18n.format("steps.position", n, order.size(), name.getText()));
            if (n > 1) {
                Label sep = new Label("\u203a");
                sep.getStyleClass().add("step-separator");
                steps.getChildren().add(sep);
            }
            steps.getChildren().add(vm.isVisitedInputStep(s) ? stepLink(s, step) : step);
        }
    }

    /** A visited step as a button: it looks and acts like one (pointer, focus ring, Enter and Space), and goes back. */
    private Button stepLink(Page target, HBox step) {
        Button b = new Button(null, step);
        b.getStyleClass().addAll("step-link", Styles.FLAT);
        b.setId("step-" + target.name().toLowerCase(java.util.Locale.ROOT));
        String goBack = i18n.format("steps.goBack", i18n.get(target.titleKey()));
        b.setAccessibleText(goBack);
        b.setTooltip(new javafx.scene.control.Tooltip(goBack));
        b.setCursor(javafx.scene.Cursor.HAND);
        b.setOnAction(e -> vm.goToStep(target));
        // Held while Back is (checks running, a write in flight).
        b.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !vm.canGoToStep(target), vm.footerProperty()));
        return b;
    }

    private void showBanners() {
        banners.getChildren().clear();
        if (vm.settingsNoticeShownProperty().get()) banners.getChildren().add(settingsBanner());
        if (vm.logFolderShownProperty().get() != null) banners.getChildren().add(logFolderBanner(vm.logFolderShownProperty().get()));
        DeviceCode code = vm.connect().deviceCodeProperty().get();
        if (code != null) banners.getChildren().add(deviceCodeBanner(code));
        banners.setVisible(!banners.getChildren().isEmpty());
        banners.setManaged(banners.isVisible());
    }

    /**
     * The settings file was set aside. A banner of plain labels: the text names a path on disk, and AtlantaFX's
     * Message reads its description as markup (a folder named "[url=x]" stopped the start; "[b]" vanished). Plain
     * labels also wrap, so the notice never holds the window wider than the screen.
     */
    private HBox settingsBanner() {
        Label title = new Label(i18n.get("settings.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label text = Texts.paragraph(vm.settingsNoticeProperty().get());
        text.setId("settingsNoticeText");
        VBox texts = new VBox(4, title, text);
        return banner("settingsNotice", "settingsNoticeClose", Icons.of(Material2MZ.WARNING, "banner-icon"), "warning", texts,
                () -> vm.settingsNoticeShownProperty().set(false));
    }

    /** A banner of plain labels that the user can close: icon, texts and a close button. */
    private HBox banner(String id, String closeId, Node icon, String style, VBox texts, Runnable onClose) {
        HBox.setHgrow(texts, javafx.scene.layout.Priority.ALWAYS);
        Button close = new Button(null, Icons.of(Material2AL.CLOSE));
        close.setId(closeId);
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "small");
        close.setAccessibleText(i18n.get("banner.close"));
        close.setTooltip(new javafx.scene.control.Tooltip(i18n.get("banner.close")));
        close.setOnAction(e -> onClose.run());
        HBox banner = new HBox(12, icon, texts, close);
        banner.getStyleClass().addAll("banner", style);
        banner.setId(id);
        banner.setMinWidth(0);
        return banner;
    }

    /** Where the log files are, to copy into a ticket or a file manager: opening the folder may have done nothing. */
    private HBox logFolderBanner(java.nio.file.Path folder) {
        Label title = new Label(i18n.get("logFolder.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        String problem = vm.logFolderProblem();
        Label text = Texts.paragraph(problem.isEmpty() ? i18n.get("logFolder.text") : i18n.format("logFolder.failed", problem));
        Label path = new Label(folder.toString());
        path.getStyleClass().add("mono");
        path.setId("logFolderPath");
        path.setWrapText(true);
        path.setMinWidth(0);
        Button copy = Clipboards.copyButton(i18n, folder::toString, i18n.get("logFolder.copy"));
        copy.setId("logFolderCopy");
        VBox texts = new VBox(4, title, text, new HBox(8, path, copy));
        return banner("logFolderNotice", "logFolderClose", Icons.of(Material2AL.INFO, "banner-icon"), problem.isEmpty() ? "accent" : "warning",
                texts, () -> vm.logFolderShownProperty().set(null));
    }

    /** The code to type on the sign-in page, with Copy and Open (a device-code sign-in waits for it). */
    private HBox deviceCodeBanner(DeviceCode code) {
        Label title = new Label(i18n.get("deviceCode.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label text = Texts.paragraph(i18n.format("deviceCode.text", code.verificationUrl()));
        Label value = new Label(code.userCode());
        value.getStyleClass().addAll("device-code", "mono");
        value.setId("deviceCodeValue");
        Button copy = Clipboards.copyButton(i18n, code::userCode, i18n.get("deviceCode.copy"));
        copy.setId("copyDeviceCode");
        Button open = new Button(i18n.get("deviceCode.open"), Icons.of(Material2MZ.OPEN_IN_NEW));
        open.setId("openDeviceCodePage");
        open.getStyleClass().add("small");
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        open.setOnAction(e -> vm.services().browser().open(code.verificationUrl()));
        VBox texts = new VBox(4, title, text, new HBox(10, value, copy, open));
        HBox banner = new HBox(12, Icons.of(Material2AL.LOGIN, "banner-icon"), texts);
        banner.getStyleClass().addAll("banner", "accent");
        banner.setId("deviceCodeBanner");
        return banner;
    }

    public Node languageSwitch() {
        return i18n.language() == Language.FR ? french : english;
    }

    @FXML private void home() { vm.go(Page.START); }
    @FXML private void toggleTheme() { vm.toggleTheme(); }
    @FXML private void openLogFolder() { vm.openLogFolder(); }
    @FXML private void back() { vm.back(); }
    @FXML private void next() { vm.next(); }
    @FXML private void cancel() { vm.cancel(); }

    @Override
    public void dispose() {
        pages.values().forEach(View::dispose);
        super.dispose();
    }
}
