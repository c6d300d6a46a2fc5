package dev.azscsp.ui.common;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.Node;
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
        TextArea id = new TextArea(resourceId);
        id.setId("confirmResourceId");
        id.setEditable(false);
        id.setWrapText(true);
        id.setPrefRowCount(4);
        id.getStyleClass().add("mono");
        id.setAccessibleText(i18n.get("confirm.resource"));
        VBox content = new VBox(8, new Label(i18n.get("confirm.text")), id);
        if (!cautions.isEmpty()) {
            Label caution = wrapped(i18n.format("confirm.unverified", String.join("\n", cautions)));
            caution.setId("confirmUnverified");
            caution.getStyleClass().add("warning");
            content.getChildren().add(0, caution);
        }
        if (customerTenantId != null) content.getChildren().add(wrapped(i18n.format("confirm.tenant", customerTenantId)));
        content.getChildren().add(wrapped(i18n.get("confirm.undo")));
        content.setPrefWidth(620);
        return ask(Alert.AlertType.CONFIRMATION, i18n.get("confirm.title"), i18n.get("confirm.header"), content, DIALOG_ID,
                new ButtonType(i18n.get("confirm.write"), ButtonBar.ButtonData.OK_DONE));
    }

    /** "Wait" is the default: Enter or Escape keeps the window, and with it the answer of the write. */
    @Override
    public boolean confirmCloseDuringWrite(String resourceId) {
        return askToClose(i18n.get("confirmClose.header"), i18n.format("confirmClose.text", resourceId));
    }

    /** The plan's one question: the text says the registration, the counts and what a removal means; Cancel is the default. */
    @Override
    public boolean confirmPlan(String registration, String text) {
        Label what = wrapped(text);
        what.setId("confirmPlanText");
        VBox content = new VBox(8, what, wrapped(i18n.get("confirmPlan.undo")));
        content.setPrefWidth(560);
        return ask(Alert.AlertType.CONFIRMATION, i18n.get("confirmPlan.title"), i18n.format("confirmPlan.header", registration),
                content, PLAN_DIALOG_ID, new ButtonType(i18n.get("confirmPlan.apply"), ButtonBar.ButtonData.OK_DONE));
    }

    /** As during the one write: "Wait" is the default, and applying the plan again later skips what was done. */
    @Override
    public boolean confirmCloseDuringPlan(String registration) {
        return askToClose(i18n.get("confirmClosePlan.header"), i18n.format("confirmClosePlan.text", registration));
    }

    private boolean askToClose(String header, String text) {
        Label content = wrapped(text);
        content.setPrefWidth(560);
        return ask(Alert.AlertType.WARNING, i18n.get("confirmClose.title"), header, content, CLOSE_DIALOG_ID,
                new ButtonType(i18n.get("confirmClose.close"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(i18n.get("confirmClose.wait"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private boolean ask(Alert.AlertType type, String title, String header, Node content, String dialogId, ButtonType yes) {
        return ask(type, title, header, content, dialogId, yes,
                new ButtonType(i18n.get("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    /**
     * One dialog, in the window's styles: true only when {@code yes} was chosen. The safe answer is the default
     * button, so Enter alone never does the risky thing.
     */
    private boolean ask(Alert.AlertType type, String title, String header, Node content, String dialogId, ButtonType yes,
                        ButtonType safe) {
        Alert a = new Alert(type, null, yes, safe);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(header);
        a.getDialogPane().setContent(content);
        a.getDialogPane().setId(dialogId);
        if (owner.get() != null && owner.get().getScene() != null) {
            a.getDialogPane().getStylesheets().setAll(owner.get().getScene().getStylesheets());
        }
        ((Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) a.getDialogPane().lookupButton(safe)).setDefaultButton(true);
        return a.showAndWait().filter(b -> b == yes).isPresent();
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
