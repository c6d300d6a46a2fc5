package dev.azscsp.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps every column header of a table whole: a column may not be narrower than its header's text, in the
 * language and font of the moment (a French header is often longer than the English one a fixed width was made
 * for). Cells may still cut a long value; a header names the column and must be read.
 */
public final class ColumnHeaders {
    private ColumnHeaders() {}

    public static void keepWhole(TableView<?> table) {
        // The headers exist once the table has its skin and has been laid out, which may come a pulse later: the
        // first width the table gets (and any later one, a language's headers being rebuilt) fits them again.
        table.skinProperty().addListener((o, was, skin) -> {
            if (skin != null) Platform.runLater(() -> fit(table));
        });
        table.widthProperty().addListener((o, was, now) -> Platform.runLater(() -> fit(table)));
    }

    private static <S> void fit(TableView<S> table) {
        if (table.getScene() == null) return;
        table.applyCss();
        for (Node n : table.lookupAll(".column-header")) {
            if (!(n instanceof TableColumnHeader header) || header.getTableColumn() == null) continue;
            if (!(header.lookup(".label") instanceof Label label)) continue;
            // The sort arrow takes room beside the text once the column is sorted.
            Node arrow = header.lookup(".arrow");
            double arrowWidth = arrow == null ? 0 : arrow.prefWidth(-1) + 6;
            double need = Math.ceil(label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset() + arrowWidth);
            if (header.getTableColumn().getMinWidth() < need) header.getTableColumn().setMinWidth(need);
        }
        // The columns were sized before their new minimums: the table's policy shares the width out again.
        table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0d));
    }
}
