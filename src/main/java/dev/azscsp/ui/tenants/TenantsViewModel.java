package dev.azscsp.ui.tenants;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import dev.azscsp.demo.TenantsDemo;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.bulk.BulkRow;
import dev.azscsp.diagnosis.bulk.BulkRunner;
import dev.azscsp.diagnosis.bulk.ColumnMapping;
import dev.azscsp.diagnosis.bulk.CsvInput;
import dev.azscsp.diagnosis.input.InputReport;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.diagnosis.tenants.CustomerDetails;
import dev.azscsp.diagnosis.tenants.Reconciliation;
import dev.azscsp.diagnosis.tenants.Reconciliation.Group;
import dev.azscsp.diagnosis.tenants.TenantListing;
import dev.azscsp.diagnosis.tenants.TenantsReader;
import dev.azscsp.report.CsvStyle;
import dev.azscsp.report.TenantsReport;
import dev.azscsp.ui.bulk.BulkViewModel;
import dev.azscsp.ui.common.Background;
import dev.azscsp.ui.common.Confirmer;
import dev.azscsp.ui.common.Failures;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.ReportFiles;
import dev.azscsp.ui.common.SaveDialog;
import dev.azscsp.ui.common.Worker;

/**
 * "Customers of this registration": every mapping of the registration of step 2, read with the connection of step 1
 * ({@link TenantsReader}, which only reads), and, once a file of expected customers is loaded, their reconciliation in
 * groups. The reading runs on the window's pool; its progress is handed to the UI executor one update at a time.
 * Cancel keeps what was read. An empty list proves nothing, so the page then offers direct lookups of the ids the user
 * expects (from the file, or typed).
 */
public final class TenantsViewModel {
    /** Ids typed for a direct lookup: a few, never a pasted file. */
    static final int MAX_TYPED_IDS = 200;
    static final int MAX_TYPED_CHARS = 20_000;
    /** What an export offers, CSV first (what a partner opens in Excel). */
    public static final List<SaveDialog.Format> FORMATS = List.of(SaveDialog.Format.CSV, SaveDialog.Format.MARKDOWN, SaveDialog.Format.JSON);
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static final String ANY_CUSTOMER = "00000000-0000-4000-8000-000000000000";

    /** What a row of the table is: a mapping (no file loaded), one of the reconciliation's groups, or a line not compared. */
    public enum Kind {
        MAPPED, MAPPED_AND_EXPECTED, EXPECTED_NOT_MAPPED, MAPPED_NOT_EXPECTED, MAPPED_DIFFERENTLY, NOT_VERIFIED, NOT_COMPARED;

        public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

        static Kind of(Group g) { return valueOf(g.name()); }
    }

    /**
     * A row of the table.
     *
     * @param line     the line of the expected file, or 0 for a mapping no line expects
     * @param tenantId the tenant expected, else the mapping's (null: none)
     * @param mapping  the mapping the row shows, or null
     * @param row      the reconciliation's row, or null (no file, or a line not compared)
     * @param reason   why a line was not compared, or null
     */
    public record Line(Kind kind, int line, String subscriptionId, String tenantId, String label, CustomerSubscription mapping,
                       Reconciliation.Row row, dev.azscsp.diagnosis.Text reason) {}

    private final I18n i18n;
    private final Background background;
    private final Worker loader;
    private final Worker reader;
    private final Worker exporter;
    private final Supplier<CompletableFuture<RegistrationApi>> api;
    private final Supplier<RawInput> registration;
    private final ObservableBooleanValue ready;
    private final ObservableBooleanValue demo;
    private final int concurrency;
    private final double callsPerSecond;

    // ---- the expected customers
    private final StringProperty fileName = new SimpleStringProperty(this, "fileName");
    private final IntegerProperty rowCount = new SimpleIntegerProperty(this, "rowCount");
    private final ObjectProperty<BulkViewModel.LoadProblem> loadProblem = new SimpleObjectProperty<>(this, "loadProblem");
    private final StringBinding fileText;
    private final ObjectProperty<ColumnPick> columnPick = new SimpleObjectProperty<>(this, "columnPick");
    private final ObjectProperty<ColumnMapping> columnsUsed = new SimpleObjectProperty<>(this, "columnsUsed");
    private final StringBinding columnsText;
    private volatile ColumnMemory columnMemory = ColumnMemory.NONE;
    /** The file last loaded from disk (read again with picked columns), and its header's names. */
    private Path loadedPath;
    private List<String> columnHeaders = List.of();
    private final StringBinding loadError;
    private List<BulkRow> expected;

    // ---- the reading
    private final ObjectProperty<TenantListing> listing = new SimpleObjectProperty<>(this, "listing");
    private final ObjectProperty<Reconciliation> reconciliation = new SimpleObjectProperty<>(this, "reconciliation");
    private final IntegerProperty done = new SimpleIntegerProperty(this, "done");
    private final IntegerProperty total = new SimpleIntegerProperty(this, "total");
    private final BooleanProperty cancelling = new SimpleBooleanProperty(this, "cancelling");
    private final BooleanBinding canRead;
    private final DoubleBinding progress;
    private final StringBinding statusText;
    private final BooleanBinding inconclusive;
    private TenantsReader.Run readerRun;

    // ---- direct lookups after an empty list
    private final StringProperty typedIds = new SimpleStringProperty(this, "typedIds", "");
    private final StringBinding typedProblem;
    private final BooleanBinding canLookUp;
    private final StringBinding lookUpText;

    // ---- the table
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final FilteredList<Line> shown = new FilteredList<>(lines);
    /** The kind of rows shown; null shows them all. */
    private final ObjectProperty<Kind> filter = new SimpleObjectProperty<>(this, "filter");
    private final Map<Kind, IntegerProperty> counts = new EnumMap<>(Kind.class);
    private final StringBinding sharedText;
    private final StringBinding summaryText;

    // ---- sharing
    private final BooleanProperty redact = new SimpleBooleanProperty(this, "redact");
    private final BooleanProperty excel = new SimpleBooleanProperty(this, "excel", true);
    private final ObjectProperty<Path> exportedTo = new SimpleObjectProperty<>(this, "exportedTo");
    private final StringBinding exportMessage;
    private final BooleanBinding canShare;

    // ---- the plan of writes
    private final PlanViewModel plan;

    /**
     * @param api          the client of the Connect step (prepared, or prepared on demand)
     * @param registration the values of the Registration step (its customer fields are ignored)
     * @param ready        whether the connection and registration steps are complete
     * @param demo         whether the connection is the demo's: its file of expected customers is then offered
     * @param confirmer    asks before a plan of writes is applied
     */
    public TenantsViewModel(I18n i18n, Background background, Supplier<CompletableFuture<RegistrationApi>> api,
                            Supplier<RawInput> registration, ObservableBooleanValue ready, ObservableBooleanValue demo, Confirmer confirmer) {
        this(i18n, background, api, registration, ready, demo, TenantsReader.DEFAULT_CONCURRENCY, BulkRunner.DEFAULT_CALLS_PER_SECOND, confirmer);
    }

    /** Without a confirmer that says yes, no plan is ever applied. */
    TenantsViewModel(I18n i18n, Background background, Supplier<CompletableFuture<RegistrationApi>> api, Supplier<RawInput> registration,
                     ObservableBooleanValue ready, ObservableBooleanValue demo, int concurrency, double callsPerSecond) {
        this(i18n, background, api, registration, ready, demo, concurrency, callsPerSecond, (resource, tenant) -> false);
    }

    TenantsViewModel(I18n i18n, Background background, Supplier<CompletableFuture<RegistrationApi>> api, Supplier<RawInput> registration,
                     ObservableBooleanValue ready, ObservableBooleanValue demo, int concurrency, double callsPerSecond, Confirmer confirmer) {
        this.i18n = i18n;
        this.background = background;
        this.api = api;
        this.registration = registration;
        this.ready = ready;
        this.demo = demo;
        this.concurrency = concurrency;
        this.callsPerSecond = callsPerSecond;
        this.loader = new Worker(background, i18n);
        this.reader = new Worker(background, i18n);
        this.exporter = new Worker(background, i18n);
        for (Kind k : Kind.values()) counts.put(k, new SimpleIntegerProperty(this, "count-" + k.key()));

        loader.stateProperty().addListener((o, a, st) -> {
            if (st != Worker.State.FAILED) return;
            expected = null;
            columnPick.set(null);
            columnsUsed.set(null);
            rowCount.set(0);
            Throwable e = loader.error();
            loadProblem.set(e instanceof BulkViewModel.LoadProblem p ? p : new BulkViewModel.LoadProblem("bulk.load.failed", Failures.describe(i18n, e)));
            rebuild();
        });
        fileText = i18n.text(() -> {
            if (loader.isRunning()) return i18n.get("bulk.file.reading");
            if (fileName.get() == null || loadProblem.get() != null) return "";
            return i18n.format("tenants.file.lines", rowCount.get());
        }, loader.stateProperty(), fileName, loadProblem, rowCount);
        columnsText = i18n.text(() -> {
            ColumnMapping c = columnsUsed.get();
            if (c == null || columnPick.get() != null) return "";
            String none = i18n.get("tenants.columns.none");
            return i18n.format("tenants.columns.used", c.subscription(), c.tenant() == null ? none : c.tenant(), c.label() == null ? none : c.label());
        }, columnsUsed, columnPick);
        loadError = i18n.text(() -> {
            BulkViewModel.LoadProblem p = loadProblem.get();
            return p == null ? "" : p.text() != null ? i18n.render(p.text()) : i18n.format(p.key(), p.args());
        }, loadProblem);

        var state = reader.stateProperty();
        plan = new PlanViewModel(i18n, background, api, confirmer, reconciliation, reader.runningProperty(), this::read, redact, excel);
        canRead = Bindings.createBooleanBinding(() -> ready.get() && !reader.isRunning() && !loader.isRunning() && !plan.isApplying(),
                ready, state, loader.stateProperty(), plan.stateProperty());
        progress = Bindings.createDoubleBinding(() -> total.get() == 0 ? -1.0 : (double) done.get() / total.get(), done, total);
        inconclusive = Bindings.createBooleanBinding(() -> !reader.isRunning() && listing.get() != null && listing.get().inconclusive(),
                listing, state);
        statusText = i18n.text(this::status, state, listing, done, total, cancelling, reader.failureProperty());

        typedProblem = i18n.text(() -> {
            try {
                typed();
                return "";
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, typedIds);
        canLookUp = Bindings.createBooleanBinding(() -> canRead.get() && typedProblem.get().isEmpty()
                && (!typedIdsOrEmpty().isEmpty() || expectedIds().size() > 0), canRead, typedProblem, rowCount, loader.stateProperty());
        lookUpText = i18n.text(() -> {
            Set<String> ids = new LinkedHashSet<>(expectedIds());
            if (typedProblem.get().isEmpty()) ids.addAll(typedIdsOrEmpty());
            return i18n.format("tenants.lookup.button", ids.size());
        }, typedProblem, rowCount, loader.stateProperty());

        shown.predicateProperty().bind(Bindings.<java.util.function.Predicate<Line>>createObjectBinding(() -> {
            Kind k = filter.get();
            return k == null ? x -> true : x -> x.kind() == k;
        }, filter));
        sharedText = i18n.text(() -> {
            Reconciliation r = reconciliation.get();
            if (r == null || r.sharedTenants().isEmpty()) return "";
            List<String> out = new ArrayList<>();
            for (Reconciliation.SharedTenant s : r.sharedTenants()) {
                out.add(i18n.format("tenants.shared", s.tenantId(), String.join(", ", s.lines().stream().map(l -> String.valueOf(l.line())).toList())));
            }
            return String.join("\n", out);
        }, reconciliation);
        summaryText = i18n.text(this::summary, reconciliation, listing);

        canShare = Bindings.createBooleanBinding(() -> listing.get() != null && !reader.isRunning(), listing, state);
        exportMessage = i18n.text(() -> exporter.state() == Worker.State.DONE && exportedTo.get() != null
                ? i18n.format("tenants.exported", exportedTo.get().toString())
                : exporter.state() == Worker.State.FAILED ? i18n.format("bulk.exportFailed", exporter.failureProperty().get()) : "",
                exportedTo, exporter.stateProperty(), exporter.failureProperty());
    }

    // ---- state

    public StringProperty fileNameProperty() { return fileName; }
    public BooleanBinding loadingProperty() { return loader.runningProperty(); }
    /** Lines read from the expected file, unreadable ones included (they are reported as not compared). */
    public IntegerProperty rowCountProperty() { return rowCount; }
    public StringBinding fileTextProperty() { return fileText; }
    /** Why the file cannot be used, in a sentence; empty when it can. */
    public StringBinding loadErrorProperty() { return loadError; }
    public ObservableBooleanValue demoProperty() { return demo; }

    /** IDLE before the first reading, RUNNING, then DONE, CANCELLED or FAILED (could not start). */
    public ReadOnlyObjectProperty<Worker.State> stateProperty() { return reader.stateProperty(); }
    public Worker.State state() { return reader.state(); }
    public BooleanBinding runningProperty() { return reader.runningProperty(); }
    public boolean isRunning() { return reader.isRunning(); }
    public BooleanBinding canReadProperty() { return canRead; }
    public boolean canRead() { return canRead.get(); }
    /** Between Cancel and the moment the calls in flight have stopped. */
    public BooleanProperty cancellingProperty() { return cancelling; }
    public ObjectProperty<TenantListing> listingProperty() { return listing; }
    public TenantListing listing() { return listing.get(); }
    public ObjectProperty<Reconciliation> reconciliationProperty() { return reconciliation; }
    public Reconciliation reconciliation() { return reconciliation.get(); }
    public IntegerProperty doneProperty() { return done; }
    public IntegerProperty totalProperty() { return total; }
    /** Between 0 and 1 once the list is read; -1 (indeterminate) before. */
    public DoubleBinding progressProperty() { return progress; }
    /** Where the reading stands, or what the list said, in a sentence or two. */
    public StringBinding statusTextProperty() { return statusText; }
    /** The list came back empty: not conclusive, direct lookups are offered. */
    public BooleanBinding inconclusiveProperty() { return inconclusive; }

    public StringProperty typedIdsProperty() { return typedIds; }
    /** Why the typed ids cannot be looked up; empty when they can (or none are typed). */
    public StringBinding typedProblemProperty() { return typedProblem; }
    public BooleanBinding canLookUpProperty() { return canLookUp; }
    /** "Look up 5 ids directly". */
    public StringBinding lookUpTextProperty() { return lookUpText; }

    /** Every row, in the reconciliation's group order (or the list's order with no file). */
    public ObservableList<Line> lines() { return lines; }
    /** The rows of the kind chosen by {@link #filterProperty()}. */
    public FilteredList<Line> shownLines() { return shown; }
    public ObjectProperty<Kind> filterProperty() { return filter; }
    public IntegerProperty countProperty(Kind k) { return counts.get(k); }
    /** Expected subscriptions that share a tenant, one sentence each; empty when none. */
    public StringBinding sharedTextProperty() { return sharedText; }
    /** How the reconciliation went: in agreement, not conclusive, or what was compared; empty without a file. */
    public StringBinding summaryTextProperty() { return summaryText; }

    public BooleanProperty redactProperty() { return redact; }
    public BooleanProperty excelProperty() { return excel; }
    public StringBinding exportMessageProperty() { return exportMessage; }
    /** A listing to export or copy, and no reading under way. */
    public BooleanBinding canShareProperty() { return canShare; }
    /** The plan of writes built from the reconciliation and the ticks. */
    public PlanViewModel plan() { return plan; }

    // ---- the expected customers

    /** Reads a CSV file of expected customers off the JavaFX thread, with the reader of Check many. */
    public Worker.Run load(Path path) {
        if (path == null) return null;
        return loadWith(path, null, List.of());
    }

    /**
     * Reads the file with {@code columns} (null: the app's own names, else the columns remembered for its header).
     * A header without customerSubscriptionId and no remembered columns asks the user to pick them ({@link
     * #columnPickProperty()}): a Partner Center export is never read with guessed columns.
     */
    private Worker.Run loadWith(Path path, ColumnMapping columns, List<String> headers) {
        ColumnMemory memory = columnMemory;
        Worker.Run run = load(path.getFileName().toString(), () -> {
            try {
                return new Loaded(BulkViewModel.read(path, columns), headers, columns, null);
            } catch (BulkViewModel.LoadProblem p) {
                if (columns != null || p.headers().isEmpty()) throw p;
                ColumnMapping known = memory.recall(p.headers());
                if (known != null) {
                    try {
                        return new Loaded(BulkViewModel.read(path, known), p.headers(), known, null);
                    } catch (BulkViewModel.LoadProblem stale) {
                        // The remembered columns no longer fit: ask again.
                    }
                }
                return new Loaded(null, p.headers(), null, p);
            }
        });
        if (run != null) loadedPath = path;
        return run;
    }

    /** The demo's own file of expected customers (made for its registration with 37 mappings). */
    public Worker.Run loadDemoFile() {
        Worker.Run run = load(i18n.get("tenants.demoFile.name"), () -> {
            try (InputStream in = TenantsDemo.expectedCustomers()) {
                return new Loaded(CsvInput.read(in), List.of(), null, null);
            }
        });
        if (run != null) loadedPath = null;
        return run;
    }

    private Worker.Run load(String name, java.util.concurrent.Callable<Loaded> read) {
        if (isRunning() || plan.isApplying()) return null;
        fileName.set(name);
        loadProblem.set(null);
        exportedTo.set(null);
        columnPick.set(null);
        columnsUsed.set(null);
        return loader.start(read, loaded -> {
            columnHeaders = loaded.headers();
            columnsUsed.set(loaded.columns());
            if (loaded.rows() == null) {
                expected = null;
                rowCount.set(0);
                loadProblem.set(loaded.problem());
                columnPick.set(new ColumnPick(loaded.headers(), ColumnMapping.suggest(loaded.headers()).orElse(null)));
                rebuild();
                return;
            }
            columnPick.set(null);
            List<BulkRow> rows = loaded.rows();
            expected = List.copyOf(rows);
            rowCount.set(rows.size());
            if (rows.isEmpty()) loadProblem.set(new BulkViewModel.LoadProblem("bulk.load.noRows"));
            rebuild();
        });
    }

    /** Reads the file again with the columns the user picked, and remembers them for files with the same header. */
    public Worker.Run useColumns(ColumnMapping columns) {
        ColumnPick pick = columnPick.get();
        if (columns == null || pick == null || loadedPath == null) return null;
        columnMemory.remember(pick.headers(), columns);
        return loadWith(loadedPath, columns, pick.headers());
    }

    /** Shows the column choice again for the file read with remembered or picked columns, preset to them. */
    public void changeColumns() {
        if (columnsUsed.get() == null || columnHeaders.isEmpty() || loader.isRunning()) return;
        columnPick.set(new ColumnPick(columnHeaders, columnsUsed.get()));
    }

    /** What a file read in the background gave: its rows (null when its columns must be picked), its header's names. */
    private record Loaded(List<BulkRow> rows, List<String> headers, ColumnMapping columns, BulkViewModel.LoadProblem problem) {}

    /** A file whose columns the user is asked to pick: its header's names and the proposal (null when none). */
    public record ColumnPick(List<String> headers, ColumnMapping preset) {}

    /** Where the columns picked for a header are kept between runs (the window's settings). */
    public interface ColumnMemory {
        ColumnMapping recall(List<String> headers);

        void remember(List<String> headers, ColumnMapping columns);

        /** Remembers nothing. */
        ColumnMemory NONE = new ColumnMemory() {
            @Override public ColumnMapping recall(List<String> headers) { return null; }
            @Override public void remember(List<String> headers, ColumnMapping columns) { }
        };
    }

    /** Keeps picked columns in {@code memory} from now on. */
    public void rememberColumnsIn(ColumnMemory memory) {
        columnMemory = memory == null ? ColumnMemory.NONE : memory;
    }

    /** Set while the loaded file's columns must be picked; null otherwise. */
    public ReadOnlyObjectProperty<ColumnPick> columnPickProperty() { return columnPick; }
    /** The columns the file was read with when they are not the app's own names; null otherwise. */
    public ReadOnlyObjectProperty<ColumnMapping> columnsUsedProperty() { return columnsUsed; }
    /** "Columns used: …" for a file read with picked columns; empty otherwise. */
    public StringBinding columnsTextProperty() { return columnsText; }

    /** The usable subscription ids of the expected file, as cleaned (what a direct lookup asks for). */
    private List<String> expectedIds() {
        List<String> ids = new ArrayList<>();
        if (expected == null) return ids;
        for (BulkRow r : expected) {
            String id = r.problem() == null ? InputRules.cleanGuid(r.customerSubscriptionId()) : null;
            if (id != null && InputRules.isGuid(id)) ids.add(id);
        }
        return ids;
    }

    // ---- the reading

    /** Reads every mapping of the registration (and looks up the typed ids, and the expected ids if the list is empty). */
    public void read() {
        if (!canRead()) return;
        RawInput in = registration.get();
        InputReport checked = InputRules.check(new RawInput(in.subscriptionId(), in.resourceGroup(), in.registrationName(),
                ANY_CUSTOMER, null, null, Intent.VERIFY));
        if (checked.target() == null) return;
        RegistrationRef ref = checked.target().registration();
        List<String> asked = typedProblem.get().isEmpty() ? typedIdsOrEmpty() : List.of();
        List<String> expectedIds = expectedIds();
        done.set(0);
        total.set(0);
        cancelling.set(false);
        listing.set(null);
        rebuild();
        exporter.reset();
        exportedTo.set(null);
        readerRun = null;
        Worker.Run r = reader.begin();
        Progress p = new Progress(r);
        api.get().whenComplete((a, e) -> r.post(() -> {
            if (e != null) {
                r.fail(e);
                return;
            }
            TenantsReader.Run run;
            try {
                run = new TenantsReader(a, background.pool(), concurrency, callsPerSecond).start(ref, asked, expectedIds, true, p::arrived);
            } catch (RuntimeException ex) {
                r.fail(ex);
                return;
            }
            readerRun = run;
            r.onCancel(run::cancel);
            run.result().whenComplete((l, err) -> r.post(() -> {
                readerRun = null;
                cancelling.set(false);
                if (err != null) {
                    r.fail(err);
                    return;
                }
                p.show();
                listing.set(l);
                rebuild();
                if (l.cancelled()) reader.cancel();
                else r.done();
            }));
        }));
    }

    /** The direct lookups offered after an empty list: the file's ids and the typed ones, with a fresh list. */
    public void lookUp() {
        if (canLookUp.get()) read();
    }

    /**
     * Stops the reading: the calls in flight are interrupted, and what was read is kept (it lands once they have
     * stopped). Before the client is ready, the reading just ends.
     */
    public void cancel() {
        if (!isRunning()) return;
        if (readerRun == null) {
            reader.cancel();
            return;
        }
        cancelling.set(true);
        readerRun.cancel();
    }

    /** Progress from the reader's threads: the latest count, handed over one update at a time. */
    private final class Progress {
        final Worker.Run run;
        final AtomicLong latest = new AtomicLong();
        final AtomicBoolean pending = new AtomicBoolean();

        Progress(Worker.Run run) { this.run = run; }

        void arrived(int d, int t) {
            latest.accumulateAndGet(((long) t << 32) | d, Math::max);
            if (pending.compareAndSet(false, true)) run.post(() -> {
                pending.set(false);
                show();
            });
        }

        void show() {
            long v = latest.get();
            total.set((int) (v >>> 32));
            done.set((int) v);
        }
    }

    private String status() {
        TenantListing l = listing.get();
        switch (reader.state()) {
            case RUNNING -> {
                if (cancelling.get()) return i18n.get("tenants.status.cancelling");
                return total.get() == 0 ? i18n.get("tenants.status.listing") : i18n.format("tenants.status.reading", done.get(), total.get());
            }
            case FAILED -> { return i18n.format("tenants.status.couldNotStart", reader.failureProperty().get()); }
            case IDLE -> { if (l == null) return i18n.get("tenants.status.notRead"); }
            default -> { }
        }
        if (l == null) return i18n.get("tenants.status.cancelledEarly");
        List<String> out = new ArrayList<>();
        if (l.listFailure() != null) {
            out.add(i18n.format("tenants.status.listFailed", Failures.describe(i18n, l.listFailure())));
        } else if (l.cancelled() && l.mappings().isEmpty()) {
            out.add(i18n.get("tenants.status.cancelledEarly"));
        } else {
            long readable = l.mappings().stream().map(m -> l.detailsOf(m.subscriptionId())).filter(d -> d != null && d.readable()).count();
            out.add(i18n.format("tenants.status.listed", l.mappings().size(), l.listTook().toMillis(), readable));
            if (l.cancelled()) out.add(i18n.get("tenants.status.cancelledDetails"));
            if (l.inconclusive()) {
                long found = l.lookups().stream().filter(x -> x.found() != null).count();
                out.add(l.lookups().isEmpty() ? i18n.get("tenants.status.empty")
                        : i18n.format("tenants.status.emptyLookedUp", l.lookups().size(), found));
            }
        }
        int missed = l.foundOnlyByLookup().size();
        if (missed > 0 && !l.inconclusive()) out.add(i18n.format("tenants.status.missed", missed));
        return String.join(" ", out);
    }

    private String summary() {
        Reconciliation r = reconciliation.get();
        if (r == null) {
            TenantListing l = listing.get();
            return l != null && expected != null && !expected.isEmpty() ? i18n.get("tenants.summary.notCompared") : "";
        }
        if (r.inAgreement()) return i18n.get("tenants.summary.inAgreement");
        if (!r.conclusive() && r.listing().inconclusive()) return i18n.get("tenants.summary.notConclusive");
        if (!r.conclusive()) return i18n.get("tenants.summary.partial");
        return "";
    }

    // ---- direct lookups

    private List<String> typedIdsOrEmpty() {
        try {
            return typed();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** The typed ids, cleaned, in order, once each; or a sentence saying which one is not an id. */
    private List<String> typed() {
        String text = typedIds.get() == null ? "" : typedIds.get();
        if (text.length() > MAX_TYPED_CHARS) throw new IllegalArgumentException(i18n.format("tenants.typed.tooLong", MAX_TYPED_IDS));
        Set<String> ids = new LinkedHashSet<>();
        for (String part : text.split("[\\s,;]+")) {
            if (part.isEmpty()) continue;
            String id = InputRules.cleanGuid(part);
            if (id == null || !InputRules.isGuid(id)) throw new IllegalArgumentException(i18n.format("tenants.typed.notGuid", shorten(part)));
            ids.add(id);
        }
        if (ids.size() > MAX_TYPED_IDS) throw new IllegalArgumentException(i18n.format("tenants.typed.tooLong", MAX_TYPED_IDS));
        return List.copyOf(ids);
    }

    /** A value quoted back: one line, and short. */
    private static String shorten(String v) {
        String s = v.replaceAll("\\p{Cntrl}", " ");
        return s.length() > 60 ? s.substring(0, 60) + "\u2026" : s;
    }

    // ---- the table

    /**
     * The rows again, from the listing and the expected file. Nothing is compared with a list that was not read to
     * its end: every expected line would look "not mapped".
     */
    private void rebuild() {
        TenantListing l = listing.get();
        boolean comparable = l != null && l.listFailure() == null && (!l.cancelled() || !l.mappings().isEmpty());
        Reconciliation r = comparable && expected != null && !expected.isEmpty() ? Reconciliation.of(l, expected) : null;
        reconciliation.set(r);
        List<Line> out = new ArrayList<>();
        if (r == null && l != null) {
            for (CustomerSubscription c : l.found()) out.add(new Line(Kind.MAPPED, 0, c.subscriptionId(), c.tenantId(), null, c, null, null));
        } else if (r != null) {
            for (Reconciliation.Row row : r.rows()) {
                BulkRow e = row.expected();
                out.add(new Line(Kind.of(row.group()), e == null ? 0 : e.line(), row.subscriptionId(),
                        e != null ? row.expectedTenantId() : row.mapping().tenantId(), e == null ? null : e.label(), row.mapping(), row, null));
            }
            for (Reconciliation.Unusable u : r.unusable()) {
                out.add(new Line(Kind.NOT_COMPARED, u.line().line(), u.line().customerSubscriptionId(), u.line().customerTenantId(),
                        u.line().label(), null, null, u.reason()));
            }
        }
        for (Kind k : Kind.values()) counts.get(k).set((int) out.stream().filter(x -> x.kind() == k).count());
        if (filter.get() != null && counts.get(filter.get()).get() == 0) filter.set(null);
        lines.setAll(out);
    }

    /** A kind of row in the current language ("Mapped and expected"...). */
    public String kindText(Kind k) {
        return i18n.get("tenants.kind." + k.key());
    }

    /** The customer subscription's name as the sign-in reads it, or why it is not shown: never blank for a mapping. */
    public String nameText(Line x) {
        return details(x, CustomerDetails::displayName);
    }

    public String stateText(Line x) {
        return details(x, CustomerDetails::state);
    }

    public String offerText(Line x) {
        return details(x, CustomerDetails::offerText);
    }

    private String details(Line x, java.util.function.Function<CustomerDetails, dev.azscsp.diagnosis.Text> field) {
        if (x.mapping() == null) return "\u2014";   // nothing mapped: nothing to read
        CustomerDetails d = listing.get() == null ? null : listing.get().detailsOf(x.mapping().subscriptionId());
        return d == null ? i18n.get("tenants.details.notRead") : i18n.render(field.apply(d));
    }

    /** The tenant, or that the mapping has none. */
    public String tenantText(Line x) {
        return x.tenantId() == null ? (x.kind() == Kind.NOT_COMPARED ? "" : i18n.get("tenants.noTenant")) : x.tenantId();
    }

    /** How the row differs, what a PUT would replace, a shared tenant; or why the line was not compared. */
    public String noteText(Line x) {
        if (x.reason() != null) return i18n.render(x.reason());
        if (x.row() == null || reconciliation.get() == null) return "";
        return new TenantsReport(listing.get(), reconciliation.get(), i18n.language()).note(x.row());
    }

    // ---- sharing

    /** The reconciliation (or the listing) as Markdown for a ticket, in the current language. */
    public String markdown() {
        return report().markdown(redact.get());
    }

    private TenantsReport report() {
        return new TenantsReport(listing.get(), reconciliation.get(), i18n.language());
    }

    /** A file name without extension, e.g. {@code azscsp-tenants-AzureStack-1f0e-20261130-1030}. */
    public String suggestedFileName() {
        TenantListing l = listing.get();
        String base = l == null ? "" : l.registration().name().replaceAll("[^A-Za-z0-9._-]+", "-");
        if (base.length() > 60) base = base.substring(0, 60);
        return "azscsp-tenants-" + (base.isEmpty() ? "" : base + "-") + LocalDateTime.now().format(FILE_STAMP);
    }

    /** Writes the reconciliation (or the listing) as CSV, Markdown or JSON, off the JavaFX thread. */
    public Worker.Run export(SaveDialog.Target target) {
        if (!canShare.get()) return null;
        TenantsReport report = report();
        boolean shorten = redact.get();
        CsvStyle style = excel.get() ? CsvStyle.excel(Locale.getDefault(Locale.Category.FORMAT)) : CsvStyle.PLAIN;
        exportedTo.set(null);
        return exporter.start(() -> ReportFiles.write(target, report, style, shorten), exportedTo::set);
    }
}
