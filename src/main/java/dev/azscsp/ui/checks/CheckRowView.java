package dev.azscsp.ui.checks;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import dev.azscsp.ui.common.Disposer;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Icons;
import dev.azscsp.ui.common.Texts;

/** One check in the list: status icon, title, duration, and its evidence behind a disclosure button. */
final class CheckRowView extends VBox {

    CheckRowView(CheckRow row, I18n i18n, Disposer disposer) {
        getStyleClass().add("check-row");
        setId("check-" + row.id().key());
        StackPane icon = new StackPane();
        icon.getStyleClass().add("check-icon");
        icon.setMinSize(22, 22);
        Label title = new Label();
        title.textProperty().bind(row.titleProperty());
        title.getStyleClass().add("check-title");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label status = new Label();
        status.textProperty().bind(row.statusTextProperty());
        status.getStyleClass().add("check-status");
        status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label duration = new Label();
        duration.textProperty().bind(row.durationProperty());
        duration.getStyleClass().add("check-duration");
        duration.setMinWidth(64);
        duration.setAlignment(Pos.CENTER_RIGHT);
        ToggleButton expand = new ToggleButton();
        expand.getStyleClass().addAll("button-icon", "flat", "expand-button");
        disposer.bindBidirectional(expand.selectedProperty(), row.expandedProperty());
        expand.disableProperty().bind(row.evidenceProperty().isEmpty());
        HBox line = new HBox(10, icon, title, status, duration, expand);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("check-line");
        Label evidence = Texts.paragraph("", "check-evidence", "readable");
        evidence.textProperty().bind(row.evidenceProperty());
        evidence.visibleProperty().bind(row.expandedProperty().and(row.evidenceProperty().isNotEmpty()));
        evidence.managedProperty().bind(evidence.visibleProperty());
        getChildren().addAll(line, evidence);
        // Clicking the line opens the evidence too; the button is the keyboard way.
        line.setOnMouseClicked(e -> { if (!expand.isDisabled()) row.expandedProperty().set(!row.expandedProperty().get()); });

        disposer.listenNow(row.statusProperty(), (o, a, s) -> {
            icon.getChildren().setAll(icon(s));
            for (CheckRow.Status x : CheckRow.Status.values()) {
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(x.name().toLowerCase(java.util.Locale.ROOT)), x == s);
            }
            updateAccessible(row, expand, i18n);
        });
        disposer.listenNow(row.expandedProperty(), (o, a, open) -> {
            expand.setGraphic(Icons.of(Boolean.TRUE.equals(open) ? Material2AL.EXPAND_LESS : Material2AL.EXPAND_MORE));
            updateAccessible(row, expand, i18n);
        });
    }

    private static void updateAccessible(CheckRow row, ToggleButton expand, I18n i18n) {
        expand.setAccessibleText(i18n.format(row.expandedProperty().get() ? "checks.hideEvidence" : "checks.showEvidence",
                row.titleProperty().get()));
    }

    private static Node icon(CheckRow.Status s) {
        return switch (s) {
            case PENDING -> Icons.of(Material2AL.HOURGLASS_EMPTY, "status-pending");
            case RUNNING -> {
                ProgressIndicator p = new ProgressIndicator();
                p.setPrefSize(18, 18);
                p.setMaxSize(18, 18);
                yield p;
            }
            case PASS -> Icons.of(Material2AL.CHECK_CIRCLE, "status-pass");
            case WARN -> Icons.of(Material2MZ.WARNING, "status-warn");
            case FAIL -> Icons.of(Material2AL.ERROR, "status-fail");
            case UNKNOWN -> Icons.of(Material2AL.HELP_OUTLINE, "status-unknown");
            case SKIPPED -> Icons.of(Material2MZ.REMOVE_CIRCLE_OUTLINE, "status-skipped");
        };
    }
}
