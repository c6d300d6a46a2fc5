package dev.azscsp.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;

/** Radio buttons that make one choice. */
public final class Choices {
    private Choices() {}

    /**
     * Puts the buttons in one group, each carrying its value as user data. The arrow keys go through a group in the
     * order its toggles were added, not by where they are: they are added in the order of the page (as Tab and the
     * eye go), whatever order the map gives (Map.of's changes from run to run).
     */
    public static <T> ToggleGroup group(Map<T, RadioButton> choices) {
        ToggleGroup group = new ToggleGroup();
        List<RadioButton> inPageOrder = new ArrayList<>(choices.values());
        inPageOrder.sort(Comparator.comparing(Choices::path, Choices::compare));
        for (RadioButton r : inPageOrder) r.setToggleGroup(group);
        choices.forEach((value, r) -> {
            r.setUserData(value);
            // Alt + its letter selects it, as on Windows (JavaFX's mnemonic alone only fires an action event).
            r.addEventHandler(ActionEvent.ACTION, e -> r.setSelected(true));
        });
        return group;
    }

    /** The child indexes from the root down to the node: its place in the page, in document order. */
    private static List<Integer> path(Node n) {
        List<Integer> path = new ArrayList<>();
        for (Parent p = n.getParent(); p != null; n = p, p = p.getParent()) path.add(0, p.getChildrenUnmodifiable().indexOf(n));
        return path;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }
}
