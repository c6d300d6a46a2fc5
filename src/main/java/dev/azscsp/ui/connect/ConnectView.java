package dev.azscsp.ui.connect;

import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

import atlantafx.base.theme.Styles;

import dev.azscsp.app.Cloud;
import dev.azscsp.app.SignIn;
import dev.azscsp.demo.Scenario;
import dev.azscsp.ui.common.Choices;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Shown;
import dev.azscsp.ui.common.Validation;
import dev.azscsp.ui.common.View;
import dev.azscsp.ui.common.Worker;
import dev.azscsp.ui.main.Services;

/** Step 1: cloud, sign-in method, tenant; signing in shows who is signed in. */
public final class ConnectView extends View {
    @FXML private Label methodLabel;
    @FXML private VBox methods;
    @FXML private RadioButton browser;
    @FXML private RadioButton deviceCode;
    @FXML private RadioButton azureCli;
    @FXML private RadioButton servicePrincipal;
    @FXML private RadioButton demo;
    @FXML private Label methodHelp;
    @FXML private VBox scenarioRow;
    @FXML private Label scenarioLabel;
    @FXML private ComboBox<Scenario> scenario;
    @FXML private VBox cloudRow;
    @FXML private Label cloudLabel;
    @FXML private ComboBox<Cloud> cloud;
    @FXML private VBox endpointRow;
    @FXML private Label endpointLabel;
    @FXML private TextField armEndpoint;
    @FXML private Label armEndpointMessage;
    @FXML private Label authorityLabel;
    @FXML private TextField authorityHost;
    @FXML private Label authorityHostMessage;
    @FXML private VBox tenantRow;
    @FXML private Label tenantLabel;
    @FXML private TextField tenantId;
    @FXML private Label tenantIdMessage;
    @FXML private VBox principalRow;
    @FXML private Label clientIdLabel;
    @FXML private TextField clientId;
    @FXML private Label clientIdMessage;
    @FXML private Label secretLabel;
    @FXML private PasswordField clientSecret;
    @FXML private Label clientSecretMessage;
    @FXML private HBox signInRow;
    @FXML private Button signInButton;
    @FXML private ProgressIndicator spinner;
    @FXML private Button cancelSignInButton;
    @FXML private Label status;

    private final ConnectViewModel vm;
    private final I18n i18n;

    public ConnectView(ConnectViewModel vm, Services services) {
        this.vm = vm;
        this.i18n = services.i18n();
        load(i18n.bundle());
    }

    @FXML
    private void initialize() {
        Map<SignIn, RadioButton> radios = Map.of(SignIn.BROWSER, browser, SignIn.DEVICE_CODE, deviceCode,
                SignIn.AZURE_CLI, azureCli, SignIn.SERVICE_PRINCIPAL, servicePrincipal, SignIn.DEMO, demo);
        ToggleGroup group = Choices.group(radios);
        methodLabel.setLabelFor(browser);
        disposer.listenNow(vm.signInProperty(), (o, a, m) -> {
            radios.get(m).setSelected(true);
            methodHelp.setText(i18n.get("connect.method.help." + m.key()));
        });
        disposer.listen(group.selectedToggleProperty(), (o, was, now) -> {
            if (now == null) return;
            vm.signInProperty().set((SignIn) now.getUserData());
        });

        scenario.getItems().setAll(Scenario.values());
        Callback<javafx.scene.control.ListView<Scenario>, ListCell<Scenario>> scenarioCells = lv -> new ListCell<>() {
            @Override protected void updateItem(Scenario s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : i18n.get("scenario." + s.key() + ".title")
                        + "  \u2014  " + s.expectedCode().orElse(i18n.get("demo.noProblem")));
            }
        };
        scenario.setCellFactory(scenarioCells);
        scenario.setButtonCell(scenarioCells.call(null));
        disposer.bindBidirectional(scenario.valueProperty(), vm.scenarioProperty());
        scenarioLabel.setLabelFor(scenario);

        cloud.getItems().setAll(Cloud.values());
        Callback<javafx.scene.control.ListView<Cloud>, ListCell<Cloud>> cloudCells = lv -> new ListCell<>() {
            @Override protected void updateItem(Cloud c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c == Cloud.CUSTOM ? i18n.get("connect.cloud.custom") : c.key());
            }
        };
        cloud.setCellFactory(cloudCells);
        cloud.setButtonCell(cloudCells.call(null));
        disposer.bindBidirectional(cloud.valueProperty(), vm.cloudProperty());
        cloudLabel.setLabelFor(cloud);

        Validation validation = new Validation(disposer);
        validation.bind(armEndpoint, vm.armEndpoint(), armEndpointMessage);
        validation.bind(authorityHost, vm.authorityHost(), authorityHostMessage);
        validation.bind(tenantId, vm.tenantId(), tenantIdMessage);
        validation.bind(clientId, vm.clientId(), clientIdMessage);
        validation.bind(clientSecret, vm.clientSecret(), clientSecretMessage);
        endpointLabel.setLabelFor(armEndpoint);
        authorityLabel.setLabelFor(authorityHost);
        tenantLabel.setLabelFor(tenantId);
        clientIdLabel.setLabelFor(clientId);
        secretLabel.setLabelFor(clientSecret);

        var isDemo = vm.signInProperty().isEqualTo(SignIn.DEMO);
        Shown.when(scenarioRow, isDemo);
        Shown.when(cloudRow, isDemo.not());
        Shown.when(endpointRow, isDemo.not().and(vm.cloudProperty().isEqualTo(Cloud.CUSTOM)));
        Shown.when(tenantRow, isDemo.not());
        Shown.when(principalRow, vm.signInProperty().isEqualTo(SignIn.SERVICE_PRINCIPAL));
        tenantLabel.textProperty().bind(Bindings.when(vm.signInProperty().isEqualTo(SignIn.SERVICE_PRINCIPAL))
                .then(i18n.get("connect.tenant.required")).otherwise(i18n.get("connect.tenant")));

        var busy = vm.stateProperty().isEqualTo(Worker.State.RUNNING);
        signInButton.disableProperty().bind(busy.or(vm.validProperty().not()));
        Shown.when(spinner, busy);
        Shown.when(cancelSignInButton, busy);
        status.textProperty().bind(vm.statusProperty());
        disposer.listenNow(vm.stateProperty(), (o, a, s) -> {
            status.pseudoClassStateChanged(Styles.STATE_SUCCESS, s == Worker.State.DONE);
            status.pseudoClassStateChanged(Styles.STATE_DANGER, s == Worker.State.FAILED);
        });
    }


    @Override
    public Node initialFocus() {
        Toggle t = browser.getToggleGroup().getSelectedToggle();
        return t instanceof RadioButton r ? r : browser;
    }

    @FXML private void signIn() { vm.signIn(); }
    @FXML private void cancelSignIn() { vm.cancelSignIn(); }
}
