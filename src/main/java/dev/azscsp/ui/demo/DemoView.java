package dev.azscsp.ui.demo;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;

import dev.azscsp.demo.Scenario;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Texts;
import dev.azscsp.ui.common.View;
import dev.azscsp.ui.main.MainViewModel;

/** "Try the demo": pick a simulated situation; the wizard then opens with its values filled in. */
public final class DemoView extends View {
    @FXML private Label listLabel;
    @FXML private ListView<Scenario> scenarios;

    private final DemoViewModel vm;
    private final MainViewModel main;
    private final I18n i18n;

    public DemoView(DemoViewModel vm, MainViewModel main, I18n i18n) {
        this.vm = vm;
        this.main = main;
        this.i18n = i18n;
        load(i18n.bundle());
    }

    @FXML
    private void initialize() {
        listLabel.setLabelFor(scenarios);
        scenarios.setItems(vm.scenarios());
        scenarios.setCellFactory(lv -> new ListCell<>() {
            @Override protected void updateItem(Scenario s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(vm.title(s));
                title.getStyleClass().add(Styles.TEXT_BOLD);
                Label code = new Label(vm.outcome(s));
                code.getStyleClass().addAll("mono", "code-chip");
                Label intent = new Label(vm.intent(s));
                intent.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                HBox top = new HBox(8, title, new Spacer(), intent, code);
                top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                Label text = Texts.paragraph(vm.description(s), Styles.TEXT_MUTED, "readable");
                VBox box = new VBox(3, top, text);
                box.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(box, Priority.ALWAYS);
                // Cells must not grow wider than the list, or text would not wrap.
                box.prefWidthProperty().bind(lv.widthProperty().subtract(40));
                setGraphic(box);
                setAccessibleText(vm.title(s) + ", " + vm.outcome(s));
            }
        });
        scenarios.getSelectionModel().select(vm.selected());
        disposer.listen(scenarios.getSelectionModel().selectedItemProperty(), (o, a, s) -> { if (s != null) vm.selectedProperty().set(s); });
        scenarios.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) main.startDemo(vm.selected());
        });
        scenarios.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE) main.startDemo(vm.selected());
        });
    }

    @Override
    public Node initialFocus() { return scenarios; }
}
