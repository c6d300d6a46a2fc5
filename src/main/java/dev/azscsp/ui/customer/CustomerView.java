package dev.azscsp.ui.customer;

import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import dev.azscsp.diagnosis.Intent;
import dev.azscsp.settings.RecentCustomer;
import dev.azscsp.ui.common.Choices;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.RecentChoices;
import dev.azscsp.ui.common.Validation;
import dev.azscsp.ui.common.View;

/** Step 3: the customer subscription, its tenant, and whether to verify, check before adding, or add. */
public final class CustomerView extends View {
    @FXML private VBox recentRow;
    @FXML private Label recentLabel;
    @FXML private ComboBox<RecentCustomer> recent;
    @FXML private Label subscriptionLabel;
    @FXML private TextField customerSubscriptionId;
    @FXML private Label customerSubscriptionIdMessage;
    @FXML private Label crossFieldMessage;
    @FXML private Button explainButton;
    @FXML private Label tenantLabel;
    @FXML private TextField customerTenantId;
    @FXML private Label customerTenantIdMessage;
    @FXML private Label intentLabel;
    @FXML private RadioButton verify;
    @FXML private RadioButton beforeAdd;
    @FXML private RadioButton add;
    @FXML private VBox writeBox;
    @FXML private Label writeTarget;

    private final CustomerViewModel vm;
    private final I18n i18n;
    private final Runnable explain;

    /** @param explain shows the card of the malformed input */
    public CustomerView(CustomerViewModel vm, I18n i18n, Runnable explain) {
        this.vm = vm;
        this.i18n = i18n;
        this.explain = explain;
        load(i18n.bundle());
    }

    @FXML
    private void initialize() {
        Validation validation = new Validation(disposer);
        validation.bind(customerSubscriptionId, vm.customerSubscriptionId(), customerSubscriptionIdMessage);
        validation.bind(customerTenantId, vm.customerTenantId(), customerTenantIdMessage);
        subscriptionLabel.setLabelFor(customerSubscriptionId);
        tenantLabel.setLabelFor(customerTenantId);

        crossFieldMessage.textProperty().bind(vm.crossFieldMessageProperty());
        crossFieldMessage.getStyleClass().add("field-message");
        crossFieldMessage.setWrapText(true);
        crossFieldMessage.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        crossFieldMessage.visibleProperty().bind(crossFieldMessage.textProperty().isNotEmpty());
        crossFieldMessage.managedProperty().bind(crossFieldMessage.visibleProperty());

        explainButton.visibleProperty().bind(vm.explainableProperty());
        explainButton.managedProperty().bind(vm.explainableProperty());

        RecentChoices.wire(recent, recentLabel, recentRow, vm.recents(), vm::describe, vm::use);

        Map<Intent, RadioButton> radios = Map.of(Intent.VERIFY, verify, Intent.CHECK_BEFORE_ADD, beforeAdd, Intent.ADD, add);
        ToggleGroup group = Choices.group(radios);
        intentLabel.setLabelFor(verify);
        disposer.listenNow(vm.intentProperty(), (o, a, i) -> radios.get(i).setSelected(true));
        disposer.listen(group.selectedToggleProperty(), (o, was, now) -> {
            if (now != null) vm.intentProperty().set((Intent) now.getUserData());
        });

        writeBox.visibleProperty().bind(vm.intentProperty().isEqualTo(Intent.ADD));
        writeBox.managedProperty().bind(writeBox.visibleProperty());
        writeTarget.textProperty().bind(Bindings.createStringBinding(() -> vm.writeTargetProperty().get().isEmpty()
                ? i18n.get("customer.write.pending") : vm.writeTargetProperty().get(), vm.writeTargetProperty()));
    }

    @Override
    public Node initialFocus() { return customerSubscriptionId; }

    @FXML private void explain() { explain.run(); }
}
