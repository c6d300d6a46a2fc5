package dev.azscsp.ui.common;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The confirmation before the write: it names exactly the resource id the PUT will write (selectable, to check it
 * or copy it), and "Cancel" is the default, so Enter alone never writes.
 */
public final class AlertConfirmer implements Confirmer {
    public static final String DIALOG_ID = "confirmWrite";
    public static final String CLOSE_DIALOG_ID = "confirmCloseDuringWrite";
    public static final String PLAN_DIALOG_ID = "confirmPlan";

    private final Supplier<Window> owner;
    private final I18n i18n;

    public AlertConfirmer(Supplier<Window> owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public boolean confirmWrite(String resourceId, String customerTenantId) {
        return confirmWrite(resourceId, customerTenantId, List.of());
    }

    /** Cautions (rights that could not be verified) are shown above the resource, where they are read first. */
    @Override
    public boolean confirmWrite(String resourceId, String customerTenantId, List<String> cautions) {
        ButtonType write = new ButtonType(i18n.get("confirm.write"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, null, write, cancel);
        a.initOwner(owner.get());
        a.setTitle(i18n.get("confirm.title"));
        a.setHeaderText(i18n.get("confirm.header"));
        TextArea id = new TextArea(resourceId);
        id.setId("confirmResourceId");
        id.setEditable(false);
        id.setWrapText(true);
        id.setPrefRowCount(4);
        id.getStyleClass().add("mono");
        id.setAccessibleText(i18n.get("confirm.resource"));
        VBox content = new VBox(8, new Label(i18n.get("confirm.text")), id);
        if (!cautions.isEmpty()) {
            Label caution = new Label(i18n.format("confirm.unverified", String.join("\n", cautions)));
            caution.setId("confirmUnverified");
            caution.setWrapText(true);
            caution.getStyleClass().add("warning");
            content.getChildren().add(0, caution);
        }
        if (customerTenantId != null) {
            Label tenant = new Label(i18n.format("confirm.tenant", customerTenantId));
            tenant.setWrapText(true);
            content.getChildren().add(tenant);
        }
        Label undo = new Label(i18n.get("confirm.undo"));
        undo.setWrapText(true);
        content.getChildren().add(undo);
        content.setPrefWidth(620);
        a.getDialogPane().setContent(content);
        a.getDialogPane().setId(DIALOG_ID);
        if (owner.get() != null && owner.get().getScene() != null) {
            a.getDialogPane().getStylesheets().setAll(owner.get().getScene().getStylesheets());
        }
        ((Button) a.getDialogPane().lookupButton(write)).setDefaultButton(false);
        ((Button) a.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return a.showAndWait().filter(b -> b == write).isPresent();
    }

    /** "Wait" is the default: Enter or Escape keeps the window, and with it the answer of the write. */
    @Override
    public boolean confirmCloseDuringWrite(String resourceId) {
        ButtonType wait = new ButtonType(i18n.get("confirmClose.wait"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType close = new ButtonType(i18n.get("confirmClose.close"), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.WARNING, null, close, wait);
        a.initOwner(owner.get());
        a.setTitle(i18n.get("confirmClose.title"));
        a.setHeaderText(i18n.get("confirmClose.header"));
        Label text = new Label(i18n.format("confirmClose.text", resourceId));
        text.setWrapText(true);
        text.setPrefWidth(560);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId(CLOSE_DIALOG_ID);
        if (owner.get() != null && owner.get().getScene() != null) {
            a.getDialogPane().getStylesheets().setAll(owner.get().getScene().getStylesheets());
        }
        ((Button) a.getDialogPane().lookupButton(close)).setDefaultButton(false);
        ((Button) a.getDialogPane().lookupButton(wait)).setDefaultButton(true);
        return a.showAndWait().filter(b -> b == close).isPresent();
    }

    /** The plan's one question: the text says the registration, the counts and what a removal means; Cancel is the default. */
    @Override
    public boolean confirmPlan(String registration, String text) {
        ButtonType apply = new ButtonType(i18n.get("confirmPlan.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, null, apply, cancel);
        a.initOwner(owner.get());
        a.setTitle(i18n.get("confirmPlan.title"));
        a.setHeaderText(i18n.format("confirmPlan.header", registration));
        Label what = new Label(text);
        what.setId("confirmPlanText");
        what.setWrapText(true);
        Label undo = new Label(i18n.get("confirmPlan.undo"));
        undo.setWrapText(true);
        VBox content = new VBox(8, what, undo);
        content.setPrefWidth(560);
        a.getDialogPane().setContent(content);
        a.getDialogPane().setId(PLAN_DIALOG_ID);
        if (owner.get() != null && owner.get().getScene() != null) {
            a.getDialogPane().getStylesheets().setAll(owner.get().getScene().getStylesheets());
        }
        ((Button) a.getDialogPane().lookupButton(apply)).setDefaultButton(false);
        ((Button) a.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return a.showAndWait().filter(b -> b == apply).isPresent();
    }

    /** As during the one write: "Wait" is the default, and applying the plan again later skips what was done. */
    @Override
    public boolean confirmCloseDuringPlan(String registration) {
        ButtonType wait = new ButtonType(i18n.get("confirmClose.wait"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType close = new ButtonType(i18n.get("confirmClose.close"), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.WARNING, null, close, wait);
        a.initOwner(owner.get());
        a.setTitle(i18n.get("confirmClose.title"));
        a.setHeaderText(i18n.get("confirmClosePlan.header"));
        Label text = new Label(i18n.format("confirmClosePlan.text", registration));
        text.setWrapText(true);
        text.setPrefWidth(560);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId(CLOSE_DIALOG_ID);
        if (owner.get() != null && owner.get().getScene() != null) {
            a.getDialogPane().getStylesheets().setAll(owner.get().getScene().getStylesheets());
        }
        ((Button) a.getDialogPane().lookupButton(close)).setDefaultButton(false);
        ((Button) a.getDialogPane().lookupButton(wait)).setDefaultButton(true);
        return a.showAndWait().filter(b -> b == close).isPresent();
    }
}
