package dev.azscsp.ui.window;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TableCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * Reads a laid-out scene the way a user sees it: a text shown cut ("…" in place of its end, a wrapped text cut
 * short, a column header too narrow), a control that lies outside the window with no scroll pane to reach it, and
 * prose that runs longer than a readable line.
 */
final class Fits {
    /** About the longest line people read comfortably, in characters. */
    static final int READABLE_LINE = 100;

    private Fits() {}

    /** Every cut text and every control out of the window, each as one line naming the node and its text. */
    static List<String> cut(Scene scene) {
        List<String> problems = new ArrayList<>();
        walk(scene.getRoot(), false, scene, problems);
        return problems;
    }

    private static void walk(Node n, boolean scrollable, Scene scene, List<String> problems) {
        if (!n.isVisible()) return;
        // A table cell may show an id cut in its middle on purpose: the column can be widened, the row copied.
        if (n instanceof Labeled l && !(n instanceof TableCell<?, ?>)) {
            String shown = shownText(l);
            String whole = l.getText() == null || !l.isMnemonicParsing() ? l.getText() : withoutMnemonic(l.getText());
            if (shown != null && whole != null && !whole.isEmpty() && !shown.equals(whole)) {
                problems.add("cut: " + describe(n) + " shows \"" + shown + "\" of \"" + whole + "\"");
            }
        }
        if (!scrollable && n instanceof Control && !outOfWindow(n, scene).isEmpty()) {
            problems.add("outside the window: " + describe(n) + " " + outOfWindow(n, scene));
        }
        // A list or table that must be scrolled sideways hides the end of its rows (and of its column headers).
        if (n instanceof VirtualFlow<?> flow && flow.getChildrenUnmodifiable().stream()
                .anyMatch(c -> c instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible())) {
            problems.add("needs sideways scrolling: " + describe(flow.getParent()));
        }
        if (n instanceof Parent p) {
            // Lists and tables scroll their rows and headers; a scroll pane its content.
            boolean inside = scrollable || n instanceof ScrollPane || n instanceof ListView<?> || n instanceof TableView<?>;
            for (Node c : p.getChildrenUnmodifiable()) walk(c, inside, scene, problems);
        }
    }

    /** The text the skin draws, null when it draws none (a graphic only, no skin yet). */
    private static String shownText(Labeled l) {
        if (l instanceof javafx.scene.control.TitledPane p) {
            // The title's text sits in the title bar, unless a graphic stands for it.
            if (p.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) return null;
            return p.lookup(".title > .text") instanceof Text t ? t.getText() : null;
        }
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.getStyleClass().contains("text")) return t.getText();
        }
        return null;
    }

    private static String withoutMnemonic(String s) {
        int i = s.indexOf('_');
        return i < 0 ? s : s.substring(0, i) + s.substring(i + 1);
    }

    private static String outOfWindow(Node n, Scene scene) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        double slack = 1;
        if (b.getWidth() <= 0 || b.getHeight() <= 0) return "";
        if (b.getMinX() < -slack || b.getMinY() < -slack || b.getMaxX() > scene.getWidth() + slack || b.getMaxY() > scene.getHeight() + slack) {
            return String.format("at %.0f,%.0f–%.0f,%.0f in a %.0f×%.0f window", b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY(),
                    scene.getWidth(), scene.getHeight());
        }
        return "";
    }

    /**
     * Every wrapped prose text (not a command or an id, those are monospace) whose longest line holds more than
     * {@link #READABLE_LINE} characters: the rendered width divided by the text's own mean character width.
     */
    static List<String> longLines(Scene scene) {
        List<String> problems = new ArrayList<>();
        longLines(scene.getRoot(), problems);
        return problems;
    }

    private static void longLines(Node n, List<String> problems) {
        if (!n.isVisible()) return;
        if (n instanceof Labeled l && l.isWrapText() && !l.getStyleClass().contains("mono") && l.getText() != null
                && l.getText().length() > READABLE_LINE && !(n instanceof javafx.scene.control.Cell<?>)) {
            Text shown = null;
            for (Node c : l.getChildrenUnmodifiable()) if (c instanceof Text t) shown = t;
            if (shown != null) {
                String oneLine = l.getText().replace('\n', ' ');
                Text measure = new Text(oneLine);
                measure.setFont(l.getFont());
                double meanChar = measure.getLayoutBounds().getWidth() / oneLine.length();
                double chars = shown.getLayoutBounds().getWidth() / meanChar;
                if (chars > READABLE_LINE) {
                    problems.add(String.format("%.0f characters a line: %s \"%.60s…\"", chars, describe(n), l.getText()));
                }
            }
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) longLines(c, problems);
    }

    private static String describe(Node n) {
        String id = n.getId() != null ? "#" + n.getId() : "";
        return n.getClass().getSimpleName() + id + n.getStyleClass();
    }
}
