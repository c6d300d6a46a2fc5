package dev.azscsp.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.Callback;

/** The "recent entries" box of the Registration and Customer steps: shown only when there is something to pick. */
public final class RecentChoices {
    private RecentChoices() {}

    /**
     * @param row      the box's row, hidden while the list is empty
     * @param describe how one entry reads in the list
     * @param use      what picking an entry does (fills the fields)
     */
    public static <T> void wire(ComboBox<T> box, Label label, Node row, ObservableList<T> items,
                                Function<T, String> describe, Consumer<T> use) {
        box.setItems(items);
        Callback<ListView<T>, ListCell<T>> cells = lv -> new ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.setOnAction(e -> use.accept(box.getValue()));
        label.setLabelFor(box);
        row.visibleProperty().bind(Bindings.isNotEmpty(items));
        row.managedProperty().bind(row.visibleProperty());
    }
}
