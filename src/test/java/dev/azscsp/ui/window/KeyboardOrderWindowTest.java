package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;

import dev.azscsp.demo.Scenario;
import dev.azscsp.ui.main.Page;

/**
 * The keyboard moves in the order the eye reads: arrow keys through each group of choices, Tab through each page,
 * left to right and top to bottom.
 */
class KeyboardOrderWindowTest extends WindowTest {

    @Test
    void arrowKeysGoThroughTheSignInMethodsAsShown() {
        openDemo(Scenario.HEALTHY);
        assertArrowsFollowTheScreen("#methods", KeyCode.DOWN, KeyCode.UP);
    }

    @Test
    void arrowKeysGoThroughTheIntentsAsShown() {
        openDemo(Scenario.HEALTHY);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm().page() == Page.CUSTOMER);
        assertArrowsFollowTheScreen(".choice-list", KeyCode.DOWN, KeyCode.UP);
    }

    @Test
    void arrowKeysGoThroughTheCheckManyIntentsAsShown() {
        robot.press(KeyCode.ALT).press(KeyCode.M).release(KeyCode.M).release(KeyCode.ALT);
        waitUntil(() -> vm().page() == Page.CONNECT);
        robot.interact(() -> vm().connect().signInProperty().set(dev.azscsp.app.SignIn.DEMO));
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.BULK);
        // Side by side: Right and Left, as the eye goes.
        assertArrowsFollowTheScreen(".bulk-page", KeyCode.RIGHT, KeyCode.LEFT);
    }

    @Test
    void arrowKeysMoveBetweenTheStartTilesByWhereTheyAre() {
        assertThat(focusId()).isEqualTo("checkButton");
        robot.type(KeyCode.RIGHT);
        assertThat(focusId()).isEqualTo("bulkButton");
        robot.type(KeyCode.DOWN);
        assertThat(focusId()).isEqualTo("catalogButton");
        robot.type(KeyCode.LEFT);
        assertThat(focusId()).isEqualTo("pasteButton");
        robot.type(KeyCode.DOWN);
        assertThat(focusId()).isEqualTo("demoButton");
        robot.type(KeyCode.UP);
        assertThat(focusId()).isEqualTo("pasteButton");
        robot.type(KeyCode.UP);
        assertThat(focusId()).isEqualTo("checkButton");
    }

    @Test
    void arrowKeysGoDownTheCatalogAndTheScenariosAsListed() {
        robot.interact(() -> vm().go(Page.CATALOG));
        assertListFollowsTheScreen("#codes");
        robot.interact(() -> vm().go(Page.DEMO));
        assertListFollowsTheScreen("#scenarios");
    }

    @Test
    void arrowKeysMoveAlongTheStepBar() {
        openDemo(Scenario.HEALTHY);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm().page() == Page.CUSTOMER);
        robot.interact(() -> robot.lookup("#step-connect").query().requestFocus());
        robot.type(KeyCode.RIGHT);
        assertThat(focusId()).isEqualTo("step-registration");
        robot.type(KeyCode.LEFT);
        assertThat(focusId()).isEqualTo("step-connect");
    }

    @Test
    void tabGoesThroughEveryPageAsItReads() {
        assertTabFollowsTheScreen(Page.START);
        robot.interact(() -> vm().go(Page.PASTE));
        assertTabFollowsTheScreen(Page.PASTE);
        robot.interact(() -> vm().go(Page.CATALOG));
        assertTabFollowsTheScreen(Page.CATALOG);
        robot.interact(() -> vm().go(Page.DEMO));
        assertTabFollowsTheScreen(Page.DEMO);
        robot.interact(() -> vm().go(Page.START));
        openDemo(Scenario.REGISTRATION_NOT_FOUND);
        assertTabFollowsTheScreen(Page.CONNECT);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        assertTabFollowsTheScreen(Page.REGISTRATION);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.CUSTOMER);
        assertTabFollowsTheScreen(Page.CUSTOMER);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.RESULT, 15);
        assertTabFollowsTheScreen(Page.RESULT);
        robot.interact(() -> vm().startBulk());
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.clickOn("#nextButton");
        assertTabFollowsTheScreen(Page.BULK);
    }

    // ---- helpers

    private String focusId() {
        return fx(() -> {
            Node n = window.stage().getScene().getFocusOwner();
            return n == null ? null : n.getId();
        });
    }

    /** The radio buttons under {@code container}: from the first on screen, {@code next} selects each in turn, {@code back} returns. */
    private void assertArrowsFollowTheScreen(String container, KeyCode next, KeyCode back) {
        List<RadioButton> radios = fx(() -> robot.lookup(container).queryAll().stream()
                .flatMap(c -> robot.from(c).lookup(".radio-button").queryAllAs(RadioButton.class).stream())
                .distinct().filter(Node::isVisible).sorted(readingOrder()).toList());
        assertThat(radios).as("radio buttons under " + container).hasSizeGreaterThan(1);
        List<String> shown = radios.stream().map(Node::getId).toList();
        robot.interact(() -> {
            radios.get(0).setSelected(true);
            radios.get(0).requestFocus();
        });
        List<String> forward = new ArrayList<>(List.of(selectedId(radios)));
        for (int i = 1; i < radios.size(); i++) {
            robot.type(next);
            forward.add(selectedId(radios));
        }
        assertThat(forward).as(next + " through " + container).containsExactlyElementsOf(shown);
        List<String> backward = new ArrayList<>(List.of(selectedId(radios)));
        for (int i = 1; i < radios.size(); i++) {
            robot.type(back);
            backward.add(selectedId(radios));
        }
        assertThat(backward).as(back + " through " + container).containsExactlyElementsOf(reversed(shown));
        assertThat(focusId()).as("the focus follows the selection").isEqualTo(shown.get(0));
    }

    private static List<String> reversed(List<String> l) {
        List<String> r = new ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }

    private String selectedId(List<RadioButton> radios) {
        return fx(() -> radios.stream().filter(RadioButton::isSelected).map(Node::getId).findFirst().orElse(null));
    }

    /** Down from the first row selects each row in the order the list shows them, top to bottom. */
    private void assertListFollowsTheScreen(String query) {
        ListView<?> list = robot.lookup(query).queryListView();
        robot.interact(() -> {
            list.getSelectionModel().clearAndSelect(0);
            list.scrollTo(0);
            list.requestFocus();
        });
        int rows = Math.min(6, fx(() -> list.getItems().size()));
        for (int i = 1; i < rows; i++) {
            Object before = fx(() -> list.getSelectionModel().getSelectedItem());
            double y = fx(() -> selectedCellY(list));
            robot.type(KeyCode.DOWN);
            assertThat(fx(() -> list.getSelectionModel().getSelectedIndex())).as(query + " row").isEqualTo(i);
            assertThat(fx(() -> list.getSelectionModel().getSelectedItem())).isNotEqualTo(before);
            assertThat(fx(() -> selectedCellY(list))).as("the next row is below").isGreaterThan(y);
        }
    }

    private static double selectedCellY(ListView<?> list) {
        return list.lookupAll(".list-cell").stream()
                .filter(c -> c instanceof javafx.scene.control.IndexedCell<?> cell && cell.isSelected() && cell.isVisible())
                .mapToDouble(c -> c.localToScene(c.getBoundsInLocal()).getMinY()).findFirst().orElse(Double.NaN);
    }

    /**
     * Tab from the page's first control all the way round: each stop comes after the one before in reading order
     * (further down, or on the same line further right, or in a column further right), except the one step from
     * the last control back to the header.
     */
    private void assertTabFollowsTheScreen(Page page) {
        waitUntil(() -> vm().page() == page);
        List<Node> stops = new ArrayList<>();
        Node first = fx(() -> window.stage().getScene().getFocusOwner());
        Node n = first;
        for (int i = 0; i < 80; i++) {
            stops.add(n);
            boolean inTextArea = n instanceof TextArea;
            if (inTextArea) robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
            else robot.type(KeyCode.TAB);
            n = fx(() -> window.stage().getScene().getFocusOwner());
            if (n == first) break;
        }
        assertThat(n).as("Tab comes round to where it started on " + page).isSameAs(first);
        List<String> names = fx(() -> stops.stream().map(KeyboardOrderWindowTest::name).toList());
        // Where the wrap from the last stop back to the top happens.
        int wraps = 0;
        for (int i = 0; i < stops.size(); i++) {
            Node a = stops.get(i), b = stops.get((i + 1) % stops.size());
            if (!fx(() -> comesAfter(a, b))) {
                wraps++;
                assertThat(wraps).as(page + ": Tab from " + name(a) + " to " + name(b) + " goes back up, in " + names).isEqualTo(1);
            }
        }
    }

    private static String name(Node n) {
        return (n.getId() != null ? n.getId() : n.getClass().getSimpleName() + n.getStyleClass()) ;
    }

    private static ScrollPane scrollPaneOf(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) if (p instanceof ScrollPane sp) return sp;
        return null;
    }

    /**
     * Where a node is as laid out. Inside a scroll pane, in the pane's content wherever the pane is scrolled to (Tab
     * scrolls it); seen from outside the pane, the pane as a whole.
     */
    private static Bounds bounds(Node n, Node seenFrom) {
        ScrollPane sp = scrollPaneOf(n);
        if (sp == null) return n.localToScene(n.getLayoutBounds());
        if (scrollPaneOf(seenFrom) != sp) return sp.localToScene(sp.getLayoutBounds());
        return sp.getContent().sceneToLocal(n.localToScene(n.getLayoutBounds()));
    }

    /** b is after a in reading order: below a's line, or on a's line to its right, or in a column to its right. */
    private static boolean comesAfter(Node a, Node b) {
        Bounds x = bounds(a, b), y = bounds(b, a);
        boolean sameLine = y.getMinY() < x.getMaxY() && x.getMinY() < y.getMaxY();
        if (sameLine) return y.getMinX() >= x.getMinX();
        if (y.getMinY() >= x.getMaxY()) return true;
        return y.getMinX() >= x.getMaxX();   // above, but in a column further right (the catalog's card)
    }

    /** Top to bottom, then left to right on a line. */
    private static Comparator<Node> readingOrder() {
        return (a, b) -> {
            Bounds x = bounds(a, b), y = bounds(b, a);
            boolean sameLine = y.getMinY() < x.getMaxY() && x.getMinY() < y.getMaxY();
            return sameLine ? Double.compare(x.getMinX(), y.getMinX()) : Double.compare(x.getMinY(), y.getMinY());
        };
    }
}
