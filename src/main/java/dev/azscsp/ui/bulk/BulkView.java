package dev.azscsp.ui.bulk;

import java.util.Map;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;

import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import dev.azscsp.ui.common.Worker;
import dev.azscsp.app.SignIn;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.bulk.BulkResult;
import dev.azscsp.diagnosis.bulk.RowStatus;
import dev.azscsp.ui.common.Clipboards;
import dev.azscsp.ui.common.Choices;
import dev.azscsp.ui.common.ColumnHeaders;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.ShareControls;
import dev.azscsp.ui.common.Shown;
import dev.azscsp.ui.common.Icons;
import dev.azscsp.ui.common.SaveDialog;
import dev.azscsp.ui.common.View;
import dev.azscsp.ui.connect.ConnectViewModel;
import dev.azscsp.ui.main.MainViewModel;
import dev.azscsp.ui.main.Page;
import dev.azscsp.ui.main.Services;
import dev.azscsp.ui.registration.RegistrationViewModel;

/**
 * "Check many": the registration and connection of steps 1 and 2 (read-only, with links to change them), the CSV
 * file, what to check, progress, a summary by status, and the table of rows as they finish. Run and Cancel are the
 * footer's.
 */
public final class BulkView extends View {
    @FXML private Label registrationValue;
    @FXML private Label connectionValue;
    @FXML private javafx.scene.control.Hyperlink changeRegistration;
    @FXML private javafx.scene.control.Hyperlink changeConnection;
    @FXML private Button loadButton;
    @FXML private Label fileName;
    @FXML private Label fileText;
    @FXML private Label loadError;
    @FXML private Label intentLabel;
    @FXML private RadioButton verify;
    @FXML private RadioButton beforeAdd;
    @FXML private Label progressText;
    @FXML private ProgressBar progress;
    @FXML private Label elapsed;
    @FXML private Label failure;
    @FXML private FlowPane summary;
    @FXML private Button exportButton;
    @FXML private Button copyButton;
    @FXML private CheckBox redact;
    @FXML private CheckBox excel;
    @FXML private Label exportMessage;
    @FXML private TableView<BulkResult> table;
    @FXML private TableColumn<BulkResult, Number> lineColumn;
    @FXML private TableColumn<BulkResult, String> subscriptionColumn;
    @FXML private TableColumn<BulkResult, String> labelColumn;
    @FXML private TableColumn<BulkResult, RowStatus> statusColumn;
    @FXML private TableColumn<BulkResult, String> codeColumn;
    @FXML private TableColumn<BulkResult, String> evidenceColumn;
    @FXML private TableColumn<BulkResult, String> duplicateColumn;

    private final BulkViewModel vm;
    private final MainViewModel main;
    private final Services services;
    private final I18n i18n;

    public BulkView(BulkViewModel vm, MainViewModel main) {
        this.vm = vm;
        this.main = main;
        this.services = main.services();
        this.i18n = main.i18n();
        load(i18n.bundle());
    }

    @FXML
    private void initialize() {
        ColumnHeaders.keepWhole(table);
        showSetup();
        // Leaving for another step would orphan a run, as Home would: Cancel comes first.
        changeRegistration.disableProperty().bind(vm.runningProperty());
        changeConnection.disableProperty().bind(vm.runningProperty());

        fileName.textProperty().bind(i18n.text(() -> vm.fileProperty().get() == null ? i18n.get("bulk.file.none")
                : vm.fileProperty().get().getFileName().toString(), vm.fileProperty()));
        fileText.textProperty().bind(vm.fileTextProperty());
        loadError.textProperty().bind(vm.loadErrorProperty());
        Shown.when(loadError, loadError.textProperty().isNotEmpty());
        loadButton.disableProperty().bind(vm.runningProperty().or(vm.loadingProperty()));

        Map<Intent, RadioButton> radios = Map.of(Intent.VERIFY, verify, Intent.CHECK_BEFORE_ADD, beforeAdd);
        ToggleGroup group = Choices.group(radios);
        radios.values().forEach(r -> r.disableProperty().bind(vm.runningProperty()));
        intentLabel.setLabelFor(verify);
        disposer.listenNow(vm.intentProperty(), (o, a, i) -> { if (radios.containsKey(i)) radios.get(i).setSelected(true); });
        disposer.listen(group.selectedToggleProperty(), (o, was, now) -> {
            if (now != null) vm.intentProperty().set((Intent) now.getUserData());
        });

        progressText.textProperty().bind(vm.progressTextProperty());
        progress.progressProperty().bind(vm.progressProperty());
        elapsed.textProperty().bind(vm.elapsedTextProperty());
        var ended = vm.stateProperty().isEqualTo(Worker.State.DONE).or(vm.stateProperty().isEqualTo(Worker.State.CANCELLED));
        Shown.when(elapsed, vm.runningProperty());
        Shown.when(progress, ended.not());
        Shown.when(summary, ended);
        failure.textProperty().bind(vm.failureTextProperty());
        Shown.when(failure, failure.textProperty().isNotEmpty());
        disposer.listenNow(vm.stateProperty(), (o, a, s) -> showSummary());

        var nothingToShare = vm.runningProperty().or(javafx.beans.binding.Bindings.isEmpty(vm.results()));
        exportButton.disableProperty().bind(nothingToShare);
        copyButton.disableProperty().bind(nothingToShare);
        ShareControls.bind(disposer, i18n, redact, vm.redactProperty(), excel, vm.excelProperty(), exportMessage,
                vm.exportMessageProperty());
        ShareControls.wholeTextAsTooltip(fileText);

        showTable();

        // The elapsed time moves on while the run lasts; the clock itself is the ViewModel's.
        Timeline clock = new Timeline(new KeyFrame(Duration.millis(100), e -> vm.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        disposer.listenNow(vm.runningProperty(), (o, a, running) -> {
            if (Boolean.TRUE.equals(running)) clock.play();
            else clock.stop();
        });
        disposer.onDispose(clock::stop);
    }

    /** The registration and the connection, as the steps hold them. */
    private void showSetup() {
        RegistrationViewModel reg = main.registration();
        StringBinding registration = i18n.text(() -> {
            if (!reg.isValid()) return i18n.get("bulk.registration.incomplete");
            String text = i18n.format("bulk.registration.value", reg.registrationName().value().strip(),
                    reg.resourceGroup().value().strip(), reg.subscriptionId().value().strip());
            return reg.stampCloudId().valueOrNull() == null ? text : i18n.format("bulk.registration.cloudId", text, reg.stampCloudId().value().strip());
        }, reg.validProperty(), reg.subscriptionId().valueProperty(), reg.resourceGroup().valueProperty(),
                reg.registrationName().valueProperty(), reg.stampCloudId().valueProperty());
        registrationValue.textProperty().bind(registration);
        disposer.listenNow(reg.validProperty(), (o, a, ok) -> registrationValue.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("danger"), !Boolean.TRUE.equals(ok)));
        registrationValue.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Tooltip(registration.get()), registration));

        ConnectViewModel c = main.connect();
        StringBinding connection = i18n.text(() -> {
            if (!c.isValid()) return i18n.get("bulk.connection.incomplete");
            if (c.signInProperty().get() == SignIn.DEMO) {
                return i18n.format("bulk.connection.demo", i18n.get("scenario." + c.scenarioProperty().get().key() + ".title"));
            }
            if (c.stateProperty().get() == Worker.State.DONE) return c.statusProperty().get();
            return i18n.format("bulk.connection.later", i18n.get(methodKey(c.signInProperty().get())).replace("_", ""));
        }, c.validProperty(), c.signInProperty(), c.scenarioProperty(), c.stateProperty(), c.statusProperty());
        connectionValue.textProperty().bind(connection);
        disposer.listenNow(c.validProperty(), (o, a, ok) -> connectionValue.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("danger"), !Boolean.TRUE.equals(ok)));
    }

    private static String methodKey(SignIn s) {
        return switch (s) {
            case BROWSER -> "connect.method.browser";
            case DEVICE_CODE -> "connect.method.deviceCode";
            case AZURE_CLI -> "connect.method.azureCli";
            case SERVICE_PRINCIPAL -> "connect.method.servicePrincipal";
            case DEMO -> "connect.method.demo";
        };
    }

    /** Once the run has ended: a chip per status that has rows. */
    private void showSummary() {
        summary.getChildren().clear();
        for (RowStatus s : RowStatus.values()) {
            int n = vm.countProperty(s).get();
            if (n == 0) continue;
            Label chip = new Label(i18n.format("bulk.count", vm.statusText(s), n), statusIcon(s));
            chip.setId("count-" + s.key());
            chip.getStyleClass().addAll("status-chip", "status-" + s.key());
            chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            summary.getChildren().add(chip);
        }
    }

    private void showTable() {
        // Wrapped: in a narrow window the whole sentence stays readable in the empty table.
        Label placeholder = new Label(i18n.get("bulk.table.empty"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("readable");
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.setPadding(new javafx.geometry.Insets(8, 16, 8, 16));
        table.setPlaceholder(placeholder);
        lineColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row().line()));
        subscriptionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(nullToEmpty(c.getValue().row().customerSubscriptionId())));
        labelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(nullToEmpty(c.getValue().row().label())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(nullToEmpty(c.getValue().primaryCode())));
        evidenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.render(c.getValue().evidence())));
        duplicateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.duplicateText(c.getValue())));
        // Sorting by status follows the summary's order (no problem first), not the alphabet: the type's own order.

        subscriptionColumn.setCellFactory(col -> textCell());
        codeColumn.setCellFactory(col -> textCell());
        labelColumn.setCellFactory(col -> textCell());
        evidenceColumn.setCellFactory(col -> textCell());
        duplicateColumn.setCellFactory(col -> textCell());
        statusColumn.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(RowStatus s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(vm.statusText(s));
                setGraphic(statusIcon(s));
                for (RowStatus x : RowStatus.values()) pseudoClassStateChanged(PseudoClass.getPseudoClass(x.key()), x == s);
            }
        });
        statusColumn.getStyleClass().add("status-column");

        // Sorted last: the comparator reads the cells through the value factories above. Set earlier, a page rebuilt
        // around rows already there (a language switch) sorted them by empty values and kept them in arrival order.
        SortedList<BulkResult> sorted = new SortedList<>(vm.results());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        disposer.onDispose(() -> sorted.comparatorProperty().unbind());
        table.getSortOrder().setAll(lineColumn);
    }

    /** A cell whose whole text shows in a tooltip, as long values are cut short in the column. */
    private static <T> TableCell<T, String> textCell(String... styleClasses) {
        TableCell<T, String> cell = new TableCell<>() {
            @Override protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                setTooltip(empty || v == null || v.isEmpty() ? null : new Tooltip(v));
            }
        };
        cell.getStyleClass().addAll(styleClasses);
        return cell;
    }

    static Node statusIcon(RowStatus status) {
        return switch (status) {
            case OK -> Icons.of(Material2AL.CHECK_CIRCLE, "status-pass");
            case PROBLEM -> Icons.of(Material2AL.ERROR, "status-fail");
            case INCOMPLETE -> Icons.of(Material2MZ.WARNING, "status-warn");
            case INVALID -> Icons.of(Material2MZ.REMOVE_CIRCLE_OUTLINE, "status-invalid");
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }


    @Override
    public Node initialFocus() { return loadButton.isDisabled() ? table : loadButton; }

    @FXML private void changeRegistration() { main.go(Page.REGISTRATION); }
    @FXML private void changeConnection() { main.go(Page.CONNECT); }

    @FXML
    private void load() {
        services.openDialog().askCsv().ifPresent(vm::load);
    }

    @FXML
    private void export() {
        services.saveDialog().ask(vm.suggestedFileName(), SaveDialog.TABLE).ifPresent(vm::export);
    }

    @FXML
    private void copy() {
        Clipboards.put(vm.tableText());
        Clipboards.showCopied(i18n, copyButton);
    }
}
