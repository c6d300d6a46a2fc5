package dev.azscsp.ui.start;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.View;
import dev.azscsp.ui.main.MainViewModel;
import dev.azscsp.ui.main.Page;

/**
 * The six ways in. Each tile's title is a real button (Tab reaches it, Enter or Space or its Alt mnemonic
 * fires it); a click anywhere on the tile does the same.
 */
public final class StartView extends View {
    @FXML private HBox checkTile;
    @FXML private HBox bulkTile;
    @FXML private HBox tenantsTile;
    @FXML private HBox pasteTile;
    @FXML private HBox catalogTile;
    @FXML private HBox demoTile;
    @FXML private Button checkButton;
    @FXML private Button bulkButton;
    @FXML private Button tenantsButton;
    @FXML private Button pasteButton;
    @FXML private Button catalogButton;
    @FXML private Button demoButton;
    @FXML private Label checkText;
    @FXML private Label bulkText;
    @FXML private Label tenantsText;
    @FXML private Label pasteText;
    @FXML private Label catalogText;
    @FXML private Label demoText;
    @FXML private Label recent;

    private final MainViewModel vm;
    private final I18n i18n;

    public StartView(MainViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        load(i18n.bundle());
    }

    @FXML
    private void initialize() {
        tile(checkTile, checkButton, checkText);
        tile(bulkTile, bulkButton, bulkText);
        tile(tenantsTile, tenantsButton, tenantsText);
        tile(pasteTile, pasteButton, pasteText);
        tile(catalogTile, catalogButton, catalogText);
        tile(demoTile, demoButton, demoText);
        var recents = vm.registration().recents();
        recent.setText(recents.isEmpty() ? "" : i18n.format("start.lastRegistration", recents.get(0).registrationName(),
                recents.get(0).subscriptionId()));
        recent.setVisible(!recents.isEmpty());
        recent.setManaged(!recents.isEmpty());
    }

    private static void tile(HBox tile, Button button, Label text) {
        button.setAccessibleHelp(text.getText());
        tile.setOnMouseClicked(e -> button.fire());
        // The whole tile lights up when its button has the keyboard focus.
        button.focusedProperty().addListener((o, a, f) -> tile.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("focus-within"), f));
    }

    @Override
    public Node initialFocus() { return checkButton; }

    @FXML private void check() { vm.startWizard(); }
    @FXML private void bulk() { vm.startBulk(); }
    @FXML private void tenants() { vm.startTenants(); }
    @FXML private void paste() { vm.go(Page.PASTE); }
    @FXML private void catalog() { vm.go(Page.CATALOG); }
    @FXML private void demo() { vm.go(Page.DEMO); }
}
