package dev.azscsp.ui.tenants;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import dev.azscsp.app.SignIn;
import dev.azscsp.diagnosis.bulk.ColumnMapping;
import dev.azscsp.ui.common.Clipboards;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.ShareControls;
import dev.azscsp.ui.common.Shown;
import dev.azscsp.ui.common.Icons;
import dev.azscsp.ui.common.View;
import dev.azscsp.ui.common.Worker;
import dev.azscsp.ui.connect.ConnectViewModel;
import dev.azscsp.ui.main.MainViewModel;
import dev.azscsp.ui.main.Page;
import dev.azscsp.ui.main.Services;
import dev.azscsp.ui.registration.RegistrationViewModel;
import dev.azscsp.ui.tenants.TenantsViewModel.Kind;
import dev.azscsp.ui.tenants.PlanViewModel.PlanLine;
import dev.azscsp.ui.tenants.TenantsViewModel.Line;

/**
 * "Customers of this registration": the registration and connection of steps 1 and 2 (read-only, with links to
 * change them), where the reading stands, the lookups offered after an empty list, the file of expected customers,
 * one toggle per group with its count, and the table; below it the plan of writes, its one confirmation and each
 * row's outcome. Read, Cancel and Stop are the footer's. The page writes only through {@link PlanViewModel#apply}.
 */
public final class TenantsView extends View {
    @FXML private Label registrationValue;
    @FXML private Label connectionValue;
    @FXML private Hyperlink changeRegistration;
    @FXML private Hyperlink changeConnection;
    @FXML private Label statusText;
    @FXML private ProgressBar progress;
    @FXML private VBox lookupBox;
    @FXML private Label typedLabel;
    @FXML private TextField typedIds;
    @FXML private Button lookUpButton;
    @FXML private Label typedProblem;
    @FXML private Button loadButton;
    @FXML private Button loadDemoButton;
    @FXML private Label fileName;
    @FXML private Label fileText;
    @FXML private Label loadError;
    @FXML private VBox columnBox;
    @FXML private Label columnAsk;
    @FXML private Label columnSubscriptionLabel;
    @FXML private ChoiceBox<String> columnSubscription;
    @FXML private Label columnTenantLabel;
    @FXML private ChoiceBox<String> columnTenant;
    @FXML private Label columnLabelLabel;
    @FXML private ChoiceBox<String> columnLabel;
    @FXML private Button useColumnsButton;
    @FXML private FlowPane columnsUsedRow;
    @FXML private Label columnsUsed;
    @FXML private Button changeColumnsButton;
    @FXML private Label summary;
    @FXML private Label shared;
    @FXML private FlowPane filters;
    @FXML private Button exportButton;
    @FXML private Button copyButton;
    @FXML private CheckBox redact;
    @FXML private CheckBox excel;
    @FXML private Label exportMessage;
    @FXML private TableView<Line> table;
    @FXML private TableColumn<Line, Kind> kindColumn;
    @FXML private TableColumn<Line, Number> lineColumn;
    @FXML private TableColumn<Line, String> subscriptionColumn;
    @FXML private TableColumn<Line, String> tenantColumn;
    @FXML private TableColumn<Line, String> labelColumn;
    @FXML private TableColumn<Line, String> nameColumn;
    @FXML private TableColumn<Line, String> stateColumn;
    @FXML private TableColumn<Line, String> offerColumn;
    @FXML private TableColumn<Line, String> noteColumn;
    @FXML private TableColumn<Line, Line> removeColumn;
    @FXML private VBox planBox;
    @FXML private Button tickAllButton;
    @FXML private Button untickAllButton;
    @FXML private Label planCounts;
    @FXML private Label planStatus;
    @FXML private Button applyButton;
    @FXML private Button newPlanButton;
    @FXML private Button exportPlanButton;
    @FXML private Button copyPlanButton;
    @FXML private Label planExportMessage;
    @FXML private TableView<PlanLine> planTable;
    @FXML private TableColumn<PlanLine, String> planActionColumn;
    @FXML private TableColumn<PlanLine, String> planResourceColumn;
    @FXML private TableColumn<PlanLine, String> planTenantColumn;
    @FXML private TableColumn<PlanLine, String> planLineColumn;
    @FXML private TableColumn<PlanLine, String> planEffectColumn;
    @FXML private TableColumn<PlanLine, String> planOutcomeColumn;

    private final TenantsViewModel vm;
    private final MainViewModel main;
    private final Services services;
    private final I18n i18n;
    private final ToggleGroup filterGroup = new ToggleGroup();

    public TenantsView(TenantsViewModel vm, MainViewModel main) {
        this.vm = vm;
        this.main = main;
        this.services = main.services();
        this.i18n = main.i18n();
        load(i18n.bundle());
    }

    @FXML
    private void initialize() {
        showSetup();
        var running = vm.runningProperty().or(vm.plan().applyingProperty());
        // Leaving for another step would orphan the reading, as Home would: Cancel comes first.
        changeRegistration.disableProperty().bind(running);
        changeConnection.disableProperty().bind(running);

        statusText.textProperty().bind(vm.statusTextProperty());
        progress.progressProperty().bind(vm.progressProperty());
        Shown.when(progress, running);

        Shown.when(lookupBox, vm.inconclusiveProperty());
        typedLabel.setLabelFor(typedIds);
        disposer.bindBidirectional(typedIds.textProperty(), vm.typedIdsProperty());
        lookUpButton.textProperty().bind(vm.lookUpTextProperty());
        lookUpButton.disableProperty().bind(vm.canLookUpProperty().not());
        typedIds.setOnAction(e -> { if (!lookUpButton.isDisabled()) lookUp(); });
        typedProblem.textProperty().bind(vm.typedProblemProperty());
        typedProblem.getStyleClass().add("typed-problem");
        Shown.when(typedProblem, typedProblem.textProperty().isNotEmpty());

        fileName.textProperty().bind(i18n.text(() -> vm.fileNameProperty().get() == null ? i18n.get("tenants.file.none")
                : vm.fileNameProperty().get(), vm.fileNameProperty()));
        fileText.textProperty().bind(vm.fileTextProperty());
        loadError.textProperty().bind(vm.loadErrorProperty());
        Shown.when(loadError, loadError.textProperty().isNotEmpty());
        bindColumnPick();
        loadButton.disableProperty().bind(running.or(vm.loadingProperty()));
        loadDemoButton.disableProperty().bind(running.or(vm.loadingProperty()));
        // Offered in the demo only: elsewhere the button would load made-up customers.
        Shown.when(loadDemoButton, vm.demoProperty());
        summary.textProperty().bind(vm.summaryTextProperty());
        Shown.when(summary, summary.textProperty().isNotEmpty());
        disposer.listenNow(vm.reconciliationProperty(), (o, a, r) -> summary.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("success"), r != null && r.inAgreement()));
        shared.textProperty().bind(vm.sharedTextProperty());
        shared.setGraphic(Icons.of(Material2MZ.WARNING, "status-warn"));
        Shown.when(shared, shared.textProperty().isNotEmpty());

        showFilters();

        var nothingToShare = vm.canShareProperty().not();
        exportButton.disableProperty().bind(nothingToShare);
        copyButton.disableProperty().bind(nothingToShare);
        ShareControls.bind(disposer, i18n, redact, vm.redactProperty(), excel, vm.excelProperty(), exportMessage,
                vm.exportMessageProperty());

        showTable();
        showPlan();
    }

    /** The registration and the connection, as the steps hold them (the words of Check many). */
    private void showSetup() {
        RegistrationViewModel reg = main.registration();
        StringBinding registration = i18n.text(() -> {
            if (!reg.isValid()) return i18n.get("tenants.registration.incomplete");
            return i18n.format("bulk.registration.value", reg.registrationName().value().strip(),
                    reg.resourceGroup().value().strip(), reg.subscriptionId().value().strip());
        }, reg.validProperty(), reg.subscriptionId().valueProperty(), reg.resourceGroup().valueProperty(),
                reg.registrationName().valueProperty());
        registrationValue.textProperty().bind(registration);
        disposer.listenNow(reg.validProperty(), (o, a, ok) -> registrationValue.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("danger"), !Boolean.TRUE.equals(ok)));
        registrationValue.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(registration.get()), registration));

        ConnectViewModel c = main.connect();
        StringBinding connection = i18n.text(() -> {
            if (!c.isValid()) return i18n.get("tenants.connection.incomplete");
            if (c.signInProperty().get() == SignIn.DEMO) return i18n.get("tenants.connection.demo");
            if (c.stateProperty().get() == Worker.State.DONE) return c.statusProperty().get();
            return i18n.get("tenants.connection.later");
        }, c.validProperty(), c.signInProperty(), c.stateProperty(), c.statusProperty());
        connectionValue.textProperty().bind(connection);
        disposer.listenNow(c.validProperty(), (o, a, ok) -> connectionValue.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("danger"), !Boolean.TRUE.equals(ok)));
    }

    /** "All" and one toggle per kind of row that has rows, each with its count; the chosen one filters the table. */
    private void showFilters() {
        filters.getChildren().add(filter(null, "filter-all"));
        for (Kind k : Kind.values()) filters.getChildren().add(filter(k, "filter-" + k.key()));
        disposer.listenNow(vm.filterProperty(), (o, a, k) -> filterGroup.getToggles().stream()
                .filter(t -> t.getUserData() == k).findFirst().ifPresent(t -> t.setSelected(true)));
        disposer.listen(filterGroup.selectedToggleProperty(), (o, was, now) -> {
            if (now == null) {
                was.setSelected(true);   // one filter is always chosen
                return;
            }
            vm.filterProperty().set((Kind) now.getUserData());
        });
        // The toggles mean something once there is more than one kind of row to tell apart.
        ObservableBooleanValue grouped = Bindings.isNotNull(vm.reconciliationProperty());
        Shown.when(filters, grouped);
    }

    private ToggleButton filter(Kind k, String id) {
        ToggleButton b = new ToggleButton();
        b.setId(id);
        b.setUserData(k);
        b.setToggleGroup(filterGroup);
        b.setMnemonicParsing(false);
        b.getStyleClass().addAll("small", "group-filter");
        b.setMinWidth(Region.USE_PREF_SIZE);
        if (k == null) {
            b.textProperty().bind(i18n.text(() -> i18n.format("tenants.filter.all", vm.lines().size()), vm.lines()));
        } else {
            b.textProperty().bind(i18n.text(() -> i18n.format("tenants.filter", vm.kindText(k), vm.countProperty(k).get()),
                    vm.countProperty(k)));
            b.setGraphic(kindIcon(k));
            // A group with no rows is hidden, except the four the reconciliation always has, which show their zero.
            boolean always = k == Kind.MAPPED_AND_EXPECTED || k == Kind.EXPECTED_NOT_MAPPED || k == Kind.MAPPED_NOT_EXPECTED
                    || k == Kind.MAPPED_DIFFERENTLY;
            if (!always) Shown.when(b, vm.countProperty(k).greaterThan(0));
        }
        return b;
    }

    private void showTable() {
        // Wrapped, in a readable column: the whole sentence shows in a narrow window and keeps its line in a wide one.
        Label placeholder = new Label(i18n.get("tenants.table.empty"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("readable");
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.setPadding(new javafx.geometry.Insets(8, 16, 8, 16));
        table.setPlaceholder(placeholder);
        ((Label) table.getPlaceholder()).setWrapText(true);
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        lineColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line() == 0 ? null : c.getValue().line()));
        subscriptionColumn.setCellValueFactory(c -> text(c.getValue().subscriptionId()));
        tenantColumn.setCellValueFactory(c -> text(vm.tenantText(c.getValue())));
        labelColumn.setCellValueFactory(c -> text(c.getValue().label()));
        nameColumn.setCellValueFactory(c -> text(vm.nameText(c.getValue())));
        stateColumn.setCellValueFactory(c -> text(vm.stateText(c.getValue())));
        offerColumn.setCellValueFactory(c -> text(vm.offerText(c.getValue())));
        noteColumn.setCellValueFactory(c -> text(vm.noteText(c.getValue())));
        for (TableColumn<Line, String> col : java.util.List.of(subscriptionColumn, tenantColumn, labelColumn, nameColumn, stateColumn,
                offerColumn, noteColumn)) {
            col.setCellFactory(x -> textCell());
        }
        kindColumn.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(Kind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : vm.kindText(k));
                setGraphic(empty || k == null ? null : kindIcon(k));
            }
        });
        // The rows stay in the reconciliation's order (group, then file line); sorting by a column is the table's own.
        javafx.collections.transformation.SortedList<Line> sorted = new javafx.collections.transformation.SortedList<>(vm.shownLines());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        disposer.onDispose(() -> sorted.comparatorProperty().unbind());
    }

    /** The plan below the table: counts, where it stands, the buttons, and every row with its outcome once applied. */
    private void showPlan() {
        PlanViewModel plan = vm.plan();
        Shown.when(planBox, Bindings.isNotNull(vm.reconciliationProperty()).or(plan.showingOutcomesProperty()));
        var cannotTick = plan.canTickProperty().not();
        tickAllButton.disableProperty().bind(cannotTick.or(vm.countProperty(Kind.MAPPED_NOT_EXPECTED).isEqualTo(0)));
        untickAllButton.disableProperty().bind(cannotTick.or(Bindings.isEmpty(plan.ticked())));
        planCounts.textProperty().bind(plan.countsTextProperty());
        planStatus.textProperty().bind(plan.statusTextProperty());
        // After a run the banner says at a glance whether every row is done, or a row was refused.
        disposer.listenNow(plan.outcomeProperty(), (o, a, kind) -> {
            planStatus.pseudoClassStateChanged(PseudoClass.getPseudoClass("success"), kind == PlanViewModel.RunOutcome.COMPLETE);
            planStatus.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), kind == PlanViewModel.RunOutcome.REFUSED);
        });
        applyButton.disableProperty().bind(plan.canApplyProperty().not());
        Shown.when(newPlanButton, plan.showingOutcomesProperty());
        newPlanButton.disableProperty().bind(plan.applyingProperty());
        exportPlanButton.disableProperty().bind(plan.canShareProperty().not());
        copyPlanButton.disableProperty().bind(plan.canShareProperty().not());
        planExportMessage.textProperty().bind(plan.exportMessageProperty());

        Label planPlaceholder = new Label(i18n.get("tenants.plan.table.empty"));
        planPlaceholder.setWrapText(true);
        planPlaceholder.getStyleClass().add("readable");
        planTable.setPlaceholder(planPlaceholder);
        // Each header whole in the language shown, even at 800×600 ("What it replaces, or why not planned").
        dev.azscsp.ui.common.ColumnHeaders.keepWhole(planTable);
        planActionColumn.setCellValueFactory(c -> text(plan.actionText(c.getValue())));
        planResourceColumn.setCellValueFactory(c -> text(plan.resourceText(c.getValue())));
        planTenantColumn.setCellValueFactory(c -> text(plan.tenantText(c.getValue())));
        planLineColumn.setCellValueFactory(c -> text(plan.lineText(c.getValue())));
        planEffectColumn.setCellValueFactory(c -> text(plan.effectText(c.getValue())));
        planOutcomeColumn.setCellValueFactory(c -> text(plan.outcomeText(c.getValue())));
        for (TableColumn<PlanLine, String> col : java.util.List.of(planActionColumn, planTenantColumn, planLineColumn, planEffectColumn,
                planOutcomeColumn)) {
            col.setCellFactory(x -> textCell());
        }
        // The resource id is long: its end (the customer subscription) tells rows apart (app.css: resource-column).
        planResourceColumn.setCellFactory(x -> textCell());
        planTable.setItems(plan.lines());

        removeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        removeColumn.setCellFactory(col -> new TableCell<>() {
            private final CheckBox box = new CheckBox();
            {
                box.setOnAction(e -> {
                    Line x = getItem();
                    if (x != null) plan.tick(x.mapping().subscriptionId(), box.isSelected());
                });
                box.disableProperty().bind(plan.canTickProperty().not());
                box.setAccessibleText(i18n.get("tenants.remove.accessible"));
            }

            @Override protected void updateItem(Line x, boolean empty) {
                super.updateItem(x, empty);
                boolean shown = !empty && x != null && PlanViewModel.tickable(x);
                if (shown) box.setSelected(plan.isTicked(x.mapping().subscriptionId()));
                setGraphic(shown ? box : null);
            }
        });
        // "Tick all" and a list read again change the ticks from outside the cells.
        disposer.listen(plan.ticked(), o -> table.refresh());
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s == null ? "" : s);
    }

    /** A cell whose whole text shows in a tooltip, as long values are cut short in the column. */
    private static <T> TableCell<T, String> textCell() {
        return new TableCell<>() {
            @Override protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                setTooltip(empty || v == null || v.isEmpty() ? null : new Tooltip(v));
            }
        };
    }

    static Node kindIcon(Kind k) {
        return switch (k) {
            case MAPPED, MAPPED_AND_EXPECTED -> Icons.of(Material2AL.CHECK_CIRCLE, "status-pass");
            case EXPECTED_NOT_MAPPED -> Icons.of(Material2AL.ADD_CIRCLE_OUTLINE, "status-fail");
            case MAPPED_NOT_EXPECTED -> Icons.of(Material2MZ.REMOVE_CIRCLE_OUTLINE, "status-warn");
            case MAPPED_DIFFERENTLY -> Icons.of(Material2MZ.WARNING, "status-warn");
            case NOT_VERIFIED -> Icons.of(Material2AL.HELP_OUTLINE, "status-unknown");
            case NOT_COMPARED -> Icons.of(Material2AL.BLOCK, "status-invalid");
        };
    }

    /** The column choice for a file without customerSubscriptionId, and the sentence saying which columns were used. */
    private void bindColumnPick() {
        Shown.when(columnBox, vm.columnPickProperty().isNotNull());
        columnAsk.textProperty().bind(i18n.text(() -> {
            TenantsViewModel.ColumnPick p = vm.columnPickProperty().get();
            String ask = i18n.get("tenants.columns.ask");
            return p != null && p.preset() != null && vm.columnsUsedProperty().get() == null ? ask + " " + i18n.get("tenants.columns.suggested") : ask;
        }, vm.columnPickProperty(), vm.columnsUsedProperty()));
        columnSubscriptionLabel.setLabelFor(columnSubscription);
        columnTenantLabel.setLabelFor(columnTenant);
        columnLabelLabel.setLabelFor(columnLabel);
        // "" stands for "no such column" in the optional boxes.
        javafx.util.StringConverter<String> names = new javafx.util.StringConverter<>() {
            @Override public String toString(String s) { return s == null || s.isEmpty() ? i18n.get("tenants.columns.none") : s; }
            @Override public String fromString(String s) { return s; }
        };
        for (ChoiceBox<String> box : List.of(columnSubscription, columnTenant, columnLabel)) box.setConverter(names);
        vm.columnPickProperty().addListener((o, a, p) -> fillColumns(p));
        fillColumns(vm.columnPickProperty().get());
        // One column per role: the reader finds each column once.
        useColumnsButton.disableProperty().bind(Bindings.createBooleanBinding(() -> chosenColumns() == null || chosenColumns().repeated() != null,
                columnSubscription.valueProperty(), columnTenant.valueProperty(), columnLabel.valueProperty()).or(vm.loadingProperty()));
        columnsUsed.textProperty().bind(vm.columnsTextProperty());
        Shown.when(columnsUsedRow, columnsUsed.textProperty().isNotEmpty());
        changeColumnsButton.disableProperty().bind(vm.loadingProperty());
    }

    private void fillColumns(TenantsViewModel.ColumnPick p) {
        List<String> headers = p == null ? List.of() : p.headers();
        List<String> optional = new java.util.ArrayList<>();
        optional.add("");
        optional.addAll(headers);
        columnSubscription.getItems().setAll(headers);
        columnTenant.getItems().setAll(optional);
        columnLabel.getItems().setAll(optional);
        ColumnMapping preset = p == null ? null : p.preset();
        columnSubscription.setValue(preset == null ? null : header(headers, preset.subscription(), null));
        columnTenant.setValue(preset == null ? "" : header(headers, preset.tenant(), ""));
        columnLabel.setValue(preset == null ? "" : header(headers, preset.label(), ""));
    }

    /** The header spelled as the file spells it (names match case-insensitively), or {@code otherwise}. */
    private static String header(List<String> headers, String name, String otherwise) {
        return name == null ? otherwise : headers.stream().filter(h -> h.equalsIgnoreCase(name)).findFirst().orElse(otherwise);
    }

    /** The columns chosen in the three boxes, or null while no subscription column is chosen. */
    private ColumnMapping chosenColumns() {
        String sub = columnSubscription.getValue();
        if (sub == null) return null;
        String tenant = columnTenant.getValue(), label = columnLabel.getValue();
        return new ColumnMapping(sub, tenant == null || tenant.isEmpty() ? null : tenant, label == null || label.isEmpty() ? null : label);
    }

    @FXML
    private void useColumns() {
        ColumnMapping chosen = chosenColumns();
        if (chosen != null && chosen.repeated() == null) vm.useColumns(chosen);
    }

    @FXML
    private void changeColumns() {
        vm.changeColumns();
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
    private void loadDemo() {
        vm.loadDemoFile();
    }

    @FXML
    private void lookUp() {
        vm.lookUp();
    }

    @FXML
    private void export() {
        services.saveDialog().ask(vm.suggestedFileName(), TenantsViewModel.FORMATS).ifPresent(vm::export);
    }

    @FXML private void tickAll() { vm.plan().tickAllUnexpected(); }
    @FXML private void untickAll() { vm.plan().untickAll(); }
    @FXML private void applyPlan() { vm.plan().apply(); }
    @FXML private void newPlan() { vm.plan().newPlan(); }

    @FXML
    private void exportPlan() {
        services.saveDialog().ask(vm.plan().suggestedFileName(), TenantsViewModel.FORMATS).ifPresent(vm.plan()::export);
    }

    @FXML
    private void copyPlan() {
        Clipboards.put(vm.plan().markdown());
        Clipboards.showCopied(i18n, copyPlanButton);
    }

    @FXML
    private void copy() {
        Clipboards.put(vm.markdown());
        Clipboards.showCopied(i18n, copyButton);
    }
}
