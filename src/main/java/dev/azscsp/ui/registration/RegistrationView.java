package dev.azscsp.ui.registration;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import dev.azscsp.diagnosis.api.Registration;
import dev.azscsp.settings.RecentRegistration;
import dev.azscsp.ui.common.ColumnHeaders;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.RecentChoices;
import dev.azscsp.ui.common.Validation;
import dev.azscsp.ui.common.View;
import dev.azscsp.ui.common.Worker;

/** Step 2: the registration's subscription, group and name, typed, picked from recents, or found in Azure. */
public final class RegistrationView extends View {
    @FXML private VBox recentRow;
    @FXML private Label recentLabel;
    @FXML private ComboBox<RecentRegistration> recent;
    @FXML private Label subscriptionLabel;
    @FXML private TextField subscriptionId;
    @FXML private Label subscriptionIdMessage;
    @FXML private Button findButton;
    @FXML private VBox foundBox;
    @FXML private ProgressIndicator findSpinner;
    @FXML private Label findStatus;
    @FXML private TableView<Registration> found;
    @FXML private TableColumn<Registration, String> nameColumn;
    @FXML private TableColumn<Registration, String> groupColumn;
    @FXML private TableColumn<Registration, String> cloudIdColumn;
    @FXML private TableColumn<Registration, String> billingColumn;
    @FXML private Label foundHelp;
    @FXML private Label groupLabel;
    @FXML private TextField resourceGroup;
    @FXML private Label resourceGroupMessage;
    @FXML private Label nameLabel;
    @FXML private TextField registrationName;
    @FXML private Label registrationNameMessage;
    @FXML private Label cloudIdLabel;
    @FXML private TextField stampCloudId;
    @FXML private Label stampCloudIdMessage;

    private final RegistrationViewModel vm;
    private final I18n i18n;

    public RegistrationView(RegistrationViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        load(i18n.bundle());
    }

    @FXML
    private void initialize() {
        ColumnHeaders.keepWhole(found);
        Validation validation = new Validation(disposer);
        validation.bind(subscriptionId, vm.subscriptionId(), subscriptionIdMessage);
        validation.bind(resourceGroup, vm.resourceGroup(), resourceGroupMessage);
        validation.bind(registrationName, vm.registrationName(), registrationNameMessage);
        validation.bind(stampCloudId, vm.stampCloudId(), stampCloudIdMessage);
        subscriptionLabel.setLabelFor(subscriptionId);
        groupLabel.setLabelFor(resourceGroup);
        nameLabel.setLabelFor(registrationName);
        cloudIdLabel.setLabelFor(stampCloudId);

        RecentChoices.wire(recent, recentLabel, recentRow, vm.recents(), vm::describe, vm::use);

        findButton.disableProperty().bind(vm.canFindProperty().not());
        var state = vm.findStateProperty();
        foundBox.visibleProperty().bind(state.isNotEqualTo(Worker.State.IDLE).and(state.isNotEqualTo(Worker.State.CANCELLED)));
        foundBox.managedProperty().bind(foundBox.visibleProperty());
        findSpinner.visibleProperty().bind(state.isEqualTo(Worker.State.RUNNING));
        findSpinner.managedProperty().bind(findSpinner.visibleProperty());
        findStatus.textProperty().bind(vm.findStatusProperty());
        disposer.listenNow(state, (o, a, s) -> findStatus.pseudoClassStateChanged(Styles.STATE_DANGER,
                s == Worker.State.FAILED));
        found.visibleProperty().bind(Bindings.isNotEmpty(vm.found()));
        found.managedProperty().bind(found.visibleProperty());
        foundHelp.visibleProperty().bind(found.visibleProperty());
        foundHelp.managedProperty().bind(found.visibleProperty());
        found.setItems(vm.found());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        groupColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().resourceGroup()));
        cloudIdColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(dash(c.getValue().cloudId())));
        billingColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(dash(c.getValue().billingModel())));
        found.setPlaceholder(new Label(i18n.get("registration.foundNone")));
        // Picking a row (mouse or arrow keys) takes its values.
        disposer.listen(found.getSelectionModel().selectedItemProperty(), (o, a, r) -> vm.use(r));
    }

    private static String dash(String s) {
        return s == null ? "\u2014" : s;
    }

    @Override
    public Node initialFocus() {
        return vm.subscriptionId().valueOrNull() == null ? subscriptionId : registrationName;
    }

    @FXML private void find() { vm.find(); }
}
