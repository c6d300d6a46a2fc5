package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Toggle;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import dev.azscsp.app.SignIn;
import dev.azscsp.demo.Scenario;
import dev.azscsp.ui.main.Page;
import dev.azscsp.ui.main.Theme;

/**
 * Every control the keyboard can reach shows where the focus is, in both themes: snapshots of the window with the
 * control focused and not, compared around the control's edge. A ring is clear when the pixels that change there
 * with a contrast of at least 3:1 (WCAG's figure for a focus indicator) add up to a line {@value #RING_WIDTH} px
 * thick all round the control.
 */
class FocusRingWindowTest extends WindowTest {
    static final double RING_WIDTH = 1.5;
    static final double CONTRAST = 3.0;
    /** In a list or table with the focus, the current row shows a mark at least this wide (px) down its height. */
    static final double ROW_BAR = 2;
    /** How far outside and inside the control's edge a ring is looked for. */
    static final int OUTSIDE = 4, INSIDE = 3;

    /** Kind of control → how strong its ring is, as a multiple of its perimeter; for the failure message. */
    private final Map<String, String> faint = new TreeMap<>();
    private final Set<String> kindsSeen = new TreeSet<>();
    /** The last two snapshots compared, written to target/focus-rings when a ring is too faint. */
    private WritableImage lastFocused, lastUnfocused;
    private Theme theme;

    @Test
    void everyControlShowsItsFocusInTheLightTheme() {
        everyPage(Theme.LIGHT);
    }

    @Test
    void everyControlShowsItsFocusInTheDarkTheme() {
        everyPage(Theme.DARK);
    }

    /** -Dfocus.shots=<folder> writes each focused control with its surroundings there, to look at; -Dfocus.lang=fr in French. */
    private static final String SHOTS = System.getProperty("focus.shots");

    @Override
    protected void configure() {
        dev.azscsp.i18n.Language.parse(System.getProperty("focus.lang", "en")).ifPresent(l -> services.language = l);
    }

    private void everyPage(Theme theme) {
        this.theme = theme;
        robot.interact(() -> vm().themeProperty().set(theme));
        robot.interact(() -> vm().logFolderShownProperty().set(home.resolve("logs")));
        checkPage("start");
        robot.interact(() -> vm().logFolderShownProperty().set(null));
        robot.interact(() -> vm().go(Page.PASTE));
        checkPage("paste");
        robot.interact(() -> {
            vm().go(Page.CATALOG);
            vm().catalog().select("RegistrationNotFound");
        });
        checkPage("catalog");
        robot.interact(() -> vm().go(Page.START));
        openDemo(Scenario.REGISTRATION_NOT_FOUND);
        checkPage("connect, demo");
        robot.interact(() -> vm().connect().signInProperty().set(SignIn.SERVICE_PRINCIPAL));
        checkPage("connect, service principal");
        robot.interact(() -> vm().connect().signInProperty().set(SignIn.DEMO));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.clickOn("#findButton");   // the registrations found: a table
        waitUntil(() -> !robot.lookup("#found").queryTableView().getItems().isEmpty());
        checkPage("registration");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm().page() == Page.CUSTOMER);
        checkPage("customer");
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.RESULT, 15);
        checkPage("result");
        robot.interact(() -> vm().go(Page.DEMO));
        checkPage("demo");
        // Check many, with the demo's connection and registration kept.
        robot.interact(() -> vm().startBulk());
        waitUntil(() -> vm().page() == Page.CONNECT);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.BULK);
        checkPage("check many");
        // The list of checks while they run.
        robot.interact(() -> vm().go(Page.START));
        openDemo(Scenario.SLOW);
        robot.interact(() -> vm().go(Page.CUSTOMER));
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.CHECKS);
        checkPage("checks");
        robot.clickOn("#cancelButton");

        assertThat(faint).as(theme + ": controls whose focus hardly shows (ring strength / needed)").isEmpty();
        assertThat(kindsSeen).as("the kinds of control checked").contains("Button", "ToggleButton", "RadioButton",
                "CheckBox", "Hyperlink", "TextField", "PasswordField", "TextArea", "ComboBox", "ListView", "TableView", "TitledPane", "ScrollPane");
    }

    private void faint(String kind, String strength) {
        faint.put(kind, strength);
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "focus-rings"));
            String name = (theme.key() + "-" + kind).replaceAll("[^A-Za-z0-9-]+", "_");
            dev.azscsp.ui.common.PngEncoder.write(lastFocused, dir.resolve(name + "-focused.png"));
            dev.azscsp.ui.common.PngEncoder.write(lastUnfocused, dir.resolve(name + "-unfocused.png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each kind of control that the keyboard can reach on the page now, once. */
    private void checkPage(String where) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Node> kinds = fx(() -> {
            Map<String, Node> out = new LinkedHashMap<>();
            collect(window.stage().getScene().getRoot(), out);
            return out;
        });
        kinds.forEach((kind, n) -> {
            double strength = ringStrength(n, where);
            if (Double.isNaN(strength)) return;   // not wholly in view
            kindsSeen.add(n.getClass().getSimpleName());
            if (strength < RING_WIDTH) faint(kind, String.format("%.2f on %s", strength, where));
            boolean rows = n instanceof ListView<?> l ? !l.getItems().isEmpty() : n instanceof TableView<?> t && !t.getItems().isEmpty();
            if (rows) {
                double bar = currentRowBar((Control) n);
                if (bar < ROW_BAR) faint(kind + " current row", String.format("%.2f on %s", bar / ROW_BAR * RING_WIDTH, where));
            }
        });
    }

    private static void collect(Node n, Map<String, Node> out) {
        if (!n.isVisible() || n.isDisabled()) return;
        if (n.isFocusTraversable()) out.putIfAbsent(kind(n), n);
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
    }

    private static String kind(Node n) {
        List<String> classes = new ArrayList<>(n.getStyleClass());
        classes.sort(null);
        String state = n instanceof Toggle t ? (t.isSelected() ? " selected" : " not selected") : "";
        return n.getClass().getSimpleName() + classes + state;
    }

    /**
     * How many pixels around the control's edge change clearly when it takes the focus, over its perimeter: 1 is a
     * line one pixel thick all round. NaN when the control is not wholly in view (a scroll pane cuts it).
     */
    private double ringStrength(Node n, String where) {
        robot.interact(n::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(n::isFocused)).as("focus on " + kind(n)).isTrue();
        Bounds b = fx(() -> n.localToScene(n.getLayoutBounds()));
        Bounds area = new BoundingBox(Math.floor(b.getMinX()) - OUTSIDE, Math.floor(b.getMinY()) - OUTSIDE,
                Math.ceil(b.getWidth()) + 2 * OUTSIDE, Math.ceil(b.getHeight()) + 2 * OUTSIDE);
        if (!fx(() -> inView(n, area))) return Double.NaN;
        WritableImage focused = fx(() -> shot(n.getScene(), area));
        if (SHOTS != null) lookAt(n, where, b);
        robot.interact(() -> n.getScene().getRoot().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage unfocused = fx(() -> shot(n.getScene(), area));
        assertThat(fx(() -> n.localToScene(n.getLayoutBounds()))).as("the ring takes no room: " + kind(n) + " stays put").isEqualTo(b);
        lastFocused = focused;
        lastUnfocused = unfocused;
        return changedAroundTheEdge(focused, unfocused) / (2 * (b.getWidth() + b.getHeight()));
    }

    /**
     * In a list or table with the focus, how the current row differs from the same row without it: the pixels that
     * change at 3:1, over the row's height (2 is a bar 2 px wide down the row).
     */
    private double currentRowBar(Control list) {
        robot.interact(() -> {
            if (list instanceof ListView<?> l && l.getSelectionModel().isEmpty()) l.getSelectionModel().select(0);
            if (list instanceof TableView<?> t && t.getSelectionModel().isEmpty()) t.getSelectionModel().select(0);
            list.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds row = fx(() -> list.lookupAll(list instanceof ListView<?> ? ".list-cell" : ".table-row-cell").stream()
                .filter(c -> c instanceof IndexedCell<?> cell && cell.isSelected() && cell.isVisible())
                .map(c -> c.localToScene(c.getLayoutBounds())).findFirst().orElse(null));
        assertThat(row).as("the current row of " + kind(list)).isNotNull();
        Bounds area = new BoundingBox(Math.ceil(row.getMinX()), Math.ceil(row.getMinY()), Math.floor(row.getWidth()) - 1, Math.floor(row.getHeight()) - 1);
        WritableImage focused = fx(() -> shot(list.getScene(), area));
        robot.interact(() -> list.getScene().getRoot().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage unfocused = fx(() -> shot(list.getScene(), area));
        lastFocused = focused;
        lastUnfocused = unfocused;
        int changed = 0;
        for (int y = 0; y < (int) area.getHeight(); y++) {
            for (int x = 0; x < (int) area.getWidth(); x++) {
                if (contrast(focused.getPixelReader().getArgb(x, y), unfocused.getPixelReader().getArgb(x, y)) >= CONTRAST) changed++;
            }
        }
        return changed / area.getHeight();
    }

    private void lookAt(Node n, String where, Bounds b) {
        Scene s = fx(n::getScene);
        double x = Math.max(0, b.getMinX() - 40), y = Math.max(0, b.getMinY() - 24);
        Bounds area = n instanceof TableView<?> || n.getStyleClass().contains("step-link")   // and the whole window, now and then
                ? new BoundingBox(0, 0, s.getWidth(), s.getHeight())
                : new BoundingBox(x, y, Math.min(s.getWidth(), b.getMaxX() + 40) - x, Math.min(s.getHeight(), b.getMaxY() + 24) - y);
        String name = (theme.key() + "-" + services.language.tag() + "-" + where + "-" + kind(n)).replaceAll("[^A-Za-z0-9-]+", "_");
        try {
            dev.azscsp.ui.common.PngEncoder.write(fx(() -> shot(s, area)), java.nio.file.Files.createDirectories(java.nio.file.Path.of(SHOTS)).resolve(name + ".png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean inView(Node n, Bounds area) {
        Scene s = n.getScene();
        if (area.getMinX() < 0 || area.getMinY() < 0 || area.getMaxX() > s.getWidth() || area.getMaxY() > s.getHeight()) return false;
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Node viewport = sp.lookup(".viewport");
                Bounds v = viewport == null ? sp.localToScene(sp.getLayoutBounds()) : viewport.localToScene(viewport.getLayoutBounds());
                if (!v.contains(area)) return false;
            }
        }
        return true;
    }

    private static WritableImage shot(Scene scene, Bounds area) {
        SnapshotParameters p = new SnapshotParameters();
        p.setViewport(new Rectangle2D(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight()));
        return scene.getRoot().snapshot(p, null);
    }

    /** Pixels in the band from OUTSIDE px outside the edge to INSIDE px inside it whose colour changes at 3:1 or more. */
    private static int changedAroundTheEdge(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader(), rb = b.getPixelReader();
        int w = (int) Math.min(a.getWidth(), b.getWidth()), h = (int) Math.min(a.getHeight(), b.getHeight());
        int inner = OUTSIDE + INSIDE;
        int changed = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean inBand = x < inner || y < inner || x >= w - inner || y >= h - inner;
                if (inBand && contrast(ra.getArgb(x, y), rb.getArgb(x, y)) >= CONTRAST) changed++;
            }
        }
        return changed;
    }

    static double contrast(int argb1, int argb2) {
        double l1 = luminance(argb1), l2 = luminance(argb2);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    private static double luminance(int argb) {
        return 0.2126 * channel(argb >> 16) + 0.7152 * channel(argb >> 8) + 0.0722 * channel(argb);
    }

    private static double channel(int c) {
        double v = (c & 0xff) / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
