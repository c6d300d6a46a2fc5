package dev.azscsp.ui.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.Text;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.bulk.BulkResult;
import dev.azscsp.diagnosis.bulk.BulkRow;
import dev.azscsp.diagnosis.bulk.BulkRunner;
import dev.azscsp.diagnosis.bulk.ColumnMapping;
import dev.azscsp.diagnosis.bulk.CsvInput;
import dev.azscsp.diagnosis.bulk.RowStatus;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.report.BulkReport;
import dev.azscsp.report.CsvStyle;
import dev.azscsp.report.Redactor;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Background;
import dev.azscsp.ui.common.Failures;
import dev.azscsp.ui.common.Worker;
import dev.azscsp.ui.common.SaveDialog;

/**
 * "Check many": the customer subscriptions of a CSV file, each checked against the registration of step 2 with the
 * connection of step 1 ({@link BulkRunner}, which only reads). Rows finish on the runner's threads; they are queued
 * and handed to the UI executor in batches (one hand-over pending at a time), so a long file never floods the JavaFX
 * thread. Cancel keeps the rows already done.
 */
public final class BulkViewModel {
    /** A bulk file lists ids: anything bigger is not one. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final I18n i18n;
    private final Worker loader;
    private final Worker runner;
    private final Worker exporter;
    private final Supplier<CompletableFuture<RegistrationApi>> api;
    private final Supplier<RawInput> registration;
    private final Supplier<Duration> checkTimeout;
    private final LongSupplier nanoClock;
    private final int concurrency;
    private final double callsPerSecond;

    // ---- the file
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanBinding loading;
    private final IntegerProperty rowCount = new SimpleIntegerProperty(this, "rowCount");
    private final IntegerProperty unreadableCount = new SimpleIntegerProperty(this, "unreadableCount");
    private final ObjectProperty<LoadProblem> loadProblem = new SimpleObjectProperty<>(this, "loadProblem");
    private final StringBinding fileText;
    private final StringBinding loadError;
    private List<BulkRow> rows = List.of();

    // ---- the run
    private final ObjectProperty<Intent> intent = new SimpleObjectProperty<>(this, "intent", Intent.VERIFY);
    private final ObservableList<BulkResult> results = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty(this, "total");
    private final IntegerProperty done = new SimpleIntegerProperty(this, "done");
    private final Map<RowStatus, IntegerProperty> counts = new EnumMap<>(RowStatus.class);
    private final LongProperty elapsedMillis = new SimpleLongProperty(this, "elapsedMillis");
    private final BooleanBinding running;
    private final BooleanBinding canRun;
    private final DoubleBinding progress;
    private final StringBinding progressText;
    private final StringBinding elapsedText;
    private final StringBinding failureText;
    private Arrivals arrivals;
    private long startNanos;

    // ---- sharing
    private final BooleanProperty redact = new SimpleBooleanProperty(this, "redact");
    /** A CSV export for Excel (UTF-8 with its mark, the locale's list separator): what most users open it with. */
    private final BooleanProperty excel = new SimpleBooleanProperty(this, "excel", true);
    private final ObjectProperty<Path> exportedTo = new SimpleObjectProperty<>(this, "exportedTo");
    private final StringBinding exportMessage;

    /**
     * @param api              the client of the Connect step (prepared, or prepared on demand)
     * @param registration     the values of the Registration step (its customer fields are ignored)
     * @param ready            whether the connection and registration steps are complete
     * @param checkTimeout     the time limit of each call and check
     */
    public BulkViewModel(I18n i18n, Background background, Supplier<CompletableFuture<RegistrationApi>> api, Supplier<RawInput> registration,
                         ObservableBooleanValue ready, Supplier<Duration> checkTimeout) {
        this(i18n, background, api, registration, ready, checkTimeout, System::nanoTime, BulkRunner.DEFAULT_CONCURRENCY,
                BulkRunner.DEFAULT_CALLS_PER_SECOND);
    }

    BulkViewModel(I18n i18n, Background background, Supplier<CompletableFuture<RegistrationApi>> api, Supplier<RawInput> registration,
                  ObservableBooleanValue ready, Supplier<Duration> checkTimeout, LongSupplier nanoClock, int concurrency,
                  double callsPerSecond) {
        this.i18n = i18n;
        this.loader = new Worker(background, i18n);
        this.runner = new Worker(background, i18n);
        this.exporter = new Worker(background, i18n);
        this.loading = loader.runningProperty();
        loader.stateProperty().addListener((o, a, st) -> {
            if (st != Worker.State.FAILED) return;
            rows = List.of();
            rowCount.set(0);
            unreadableCount.set(0);
            Throwable e = loader.error();
            loadProblem.set(e instanceof LoadProblem p ? p : new LoadProblem("bulk.load.failed", Failures.describe(i18n, e)));
        });
        this.api = api;
        this.registration = registration;
        this.checkTimeout = checkTimeout;
        this.nanoClock = nanoClock;
        this.concurrency = concurrency;
        this.callsPerSecond = callsPerSecond;
        for (RowStatus s : RowStatus.values()) counts.put(s, new SimpleIntegerProperty(this, "count-" + s.key()));

        fileText = i18n.text(() -> {
            if (loading.get()) return i18n.get("bulk.file.reading");
            if (file.get() == null || loadProblem.get() != null) return "";
            return unreadableCount.get() == 0 ? i18n.format("bulk.file.rows", rowCount.get())
                    : i18n.format("bulk.file.rowsUnreadable", rowCount.get(), unreadableCount.get());
        }, loading, file, loadProblem, rowCount, unreadableCount);
        loadError = i18n.text(() -> {
            LoadProblem p = loadProblem.get();
            return p == null ? "" : p.text() != null ? i18n.render(p.text()) : i18n.format(p.key(), p.args());
        }, loadProblem);

        var state = runner.stateProperty();
        running = runner.runningProperty();
        canRun = Bindings.createBooleanBinding(() -> ready.get() && rowCount.get() > 0 && !loading.get()
                && !runner.isRunning(), ready, rowCount, loading, state);
        progress = Bindings.createDoubleBinding(() -> total.get() == 0 ? 0.0 : (double) done.get() / total.get(), done, total);
        progressText = i18n.text(() -> switch (state.get()) {
            case IDLE -> i18n.get("bulk.progress.none");
            case RUNNING -> i18n.format("bulk.progress", done.get(), total.get());
            case DONE -> i18n.format("bulk.done", done.get(), elapsedMillis.get() / 1000.0);
            case CANCELLED -> i18n.format("bulk.cancelled", done.get(), total.get());
            case FAILED -> i18n.get("bulk.failed");
        }, state, done, total, elapsedMillis);
        elapsedText = i18n.text(() -> i18n.format("bulk.elapsed", elapsedMillis.get() / 1000.0), elapsedMillis);
        failureText = i18n.text(() -> runner.state() != Worker.State.FAILED ? ""
                : i18n.format("bulk.couldNotStart", runner.failureProperty().get()), state, runner.failureProperty());
        exportMessage = i18n.text(() -> exporter.state() == Worker.State.DONE && exportedTo.get() != null
                ? i18n.format("bulk.exported", exportedTo.get().toString())
                : exporter.state() == Worker.State.FAILED ? i18n.format("bulk.exportFailed", exporter.failureProperty().get()) : "",
                exportedTo, exporter.stateProperty(), exporter.failureProperty());
    }

    // ---- state

    public ObjectProperty<Path> fileProperty() { return file; }
    public BooleanBinding loadingProperty() { return loading; }
    /** Rows read from the file, unreadable ones included (they are reported as invalid). */
    public IntegerProperty rowCountProperty() { return rowCount; }
    public int rowCount() { return rowCount.get(); }
    public IntegerProperty unreadableCountProperty() { return unreadableCount; }
    /** "3 rows read", or "Reading the file…"; empty before a file and when it could not be used. */
    public StringBinding fileTextProperty() { return fileText; }
    /** Why the file cannot be used, in a sentence; empty when it can. */
    public StringBinding loadErrorProperty() { return loadError; }
    public ObjectProperty<Intent> intentProperty() { return intent; }
    /** Where the run stands: IDLE before the first one, RUNNING, then DONE, CANCELLED or FAILED (could not start). */
    public ReadOnlyObjectProperty<Worker.State> stateProperty() { return runner.stateProperty(); }
    public Worker.State state() { return runner.state(); }
    public BooleanBinding runningProperty() { return running; }
    public boolean isRunning() { return running.get(); }
    public BooleanBinding canRunProperty() { return canRun; }
    public boolean canRun() { return canRun.get(); }
    /** The rows done, in the order they finished. */
    public ObservableList<BulkResult> results() { return results; }
    public IntegerProperty doneProperty() { return done; }
    public IntegerProperty totalProperty() { return total; }
    /** How many rows ended with a status. */
    public IntegerProperty countProperty(RowStatus status) { return counts.get(status); }
    public DoubleBinding progressProperty() { return progress; }
    /** How far the run is ("3 of 8 rows done"), or how it ended ("Done: 8 rows in 1.2 s."). */
    public StringBinding progressTextProperty() { return progressText; }
    public LongProperty elapsedMillisProperty() { return elapsedMillis; }
    public StringBinding elapsedTextProperty() { return elapsedText; }
    /** Why the run could not start, in a sentence; empty otherwise. */
    public StringBinding failureTextProperty() { return failureText; }
    public BooleanProperty redactProperty() { return redact; }
    /** Whether a CSV export is written for Excel; on by default. */
    public BooleanProperty excelProperty() { return excel; }
    /** Where the results were exported, or why not; empty before any export. */
    public StringBinding exportMessageProperty() { return exportMessage; }

    /** "duplicate of line 2" for a line that repeats an earlier line's customer subscription; empty otherwise. */
    public String duplicateText(BulkResult r) {
        return r.duplicateOf() == 0 ? "" : i18n.format("bulk.duplicateOf", r.duplicateOf());
    }

    /** A status in the current language ("No problem", "Problem"...). */
    public String statusText(RowStatus status) {
        return i18n.get("bulk.status." + status.key());
    }

    // ---- the file

    /** Reads a CSV file off the JavaFX thread; its rows replace those of the previous file. */
    public Worker.Run load(Path path) {
        if (isRunning() || path == null) return null;
        file.set(path);
        loadProblem.set(null);
        clearRun();
        return loader.start(() -> read(path), read -> {
            rows = List.copyOf(read);
            unreadableCount.set((int) read.stream().filter(r -> r.problem() != null).count());
            rowCount.set(read.size());
            if (read.isEmpty()) loadProblem.set(new LoadProblem("bulk.load.noRows"));
        });
    }

    /**
     * The rows of a file, or a {@link LoadProblem} that says in the user's words why there are none. Decoded and read
     * as the command line's {@code bulk} reads its input ({@link CsvInput}); the customers page reads its expected
     * customers with it too.
     */
    public static List<BulkRow> read(Path path) throws IOException, LoadProblem {
        return read(path, null);
    }

    /** The same with the columns the user picked (a Partner Center export); null: the app's own column names. */
    public static List<BulkRow> read(Path path, ColumnMapping columns) throws IOException, LoadProblem {
        if (Files.size(path) > MAX_FILE_BYTES) throw new LoadProblem("bulk.load.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        try (InputStream in = Files.newInputStream(path)) {
            return CsvInput.read(in, columns);
        } catch (CsvInput.BulkInputException e) {
            throw new LoadProblem(e.text(), e.headers());
        }
    }

    // ---- the run

    /** Starts checking every row once the client is ready; rows show up in {@link #results()} as they finish. */
    public void run() {
        if (!canRun()) return;
        RawInput reg = registration.get();
        Intent what = intent.get();
        List<BulkRow> todo = rows;
        Duration timeout = checkTimeout.get();
        clearRun();
        Worker.Run r = runner.begin();
        Arrivals in = new Arrivals(r);
        arrivals = in;
        total.set(todo.size());
        startNanos = nanoClock.getAsLong();
        api.get().whenComplete((a, e) -> r.post(() -> {
            if (e != null) {
                stopClock();
                r.fail(e);
                return;
            }
            BulkRunner.Run run;
            try {
                run = new BulkRunner(a, concurrency, callsPerSecond, timeout).start(reg, todo, what, in::arrived);
            } catch (RuntimeException ex) {
                stopClock();
                r.fail(ex);
                return;
            }
            r.onCancel(run::cancel);
            run.done().whenComplete((v, err) -> r.post(() -> {
                in.drain();
                stopClock();
                r.done();
            }));
        }));
    }

    /** Stops the run at once: rows in flight are dropped, rows already done stay. */
    public void cancel() {
        if (!isRunning()) return;
        if (arrivals != null) arrivals.drain();
        stopClock();
        runner.cancel();
    }

    /** Moves the elapsed time on; the view calls it on a timer while running. */
    public void tick() {
        if (isRunning()) elapsedMillis.set((nanoClock.getAsLong() - startNanos) / 1_000_000);
    }

    private void stopClock() {
        elapsedMillis.set((nanoClock.getAsLong() - startNanos) / 1_000_000);
    }

    private void clearRun() {
        results.clear();
        counts.values().forEach(c -> c.set(0));
        done.set(0);
        total.set(0);
        elapsedMillis.set(0);
        exporter.reset();
        exportedTo.set(null);
        if (!runner.isRunning()) runner.reset();
    }

    /**
     * The rows a run finished and has not yet handed over. Rows finish on the runner's threads; one hand-over at a
     * time is pending on the UI executor, so a long file never floods it, and the run's {@link Worker.Run} drops
     * hand-overs of a run that was cancelled or superseded.
     */
    private final class Arrivals {
        final Worker.Run run;
        final ConcurrentLinkedQueue<BulkResult> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean handOverPending = new AtomicBoolean();

        Arrivals(Worker.Run run) { this.run = run; }

        /** On a worker thread. */
        void arrived(BulkResult result) {
            queue.add(result);
            if (handOverPending.compareAndSet(false, true)) {
                run.post(() -> {
                    handOverPending.set(false);
                    drain();
                });
            }
        }

        /** Moves the rows that arrived into the list, in one change. On the UI executor. */
        void drain() {
            if (!run.isCurrent()) return;
            List<BulkResult> batch = new ArrayList<>();
            for (BulkResult x; (x = queue.poll()) != null; ) batch.add(x);
            if (batch.isEmpty()) return;
            results.addAll(batch);
            for (BulkResult x : batch) {
                IntegerProperty c = counts.get(x.status());
                c.set(c.get() + 1);
            }
            done.set(results.size());
        }
    }

    // ---- sharing

    /** The rows done, by input line. */
    public List<BulkResult> resultsByLine() {
        List<BulkResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingInt(x -> x.row().line()));
        return sorted;
    }

    /** The table as plain text, one row a line, tab-separated, in the current language (IDs shortened when redacting). */
    public String tableText() {
        StringBuilder b = new StringBuilder();
        b.append(String.join("\t", i18n.get("bulk.column.line"), i18n.get("bulk.column.subscription"), i18n.get("bulk.column.label"),
                i18n.get("bulk.column.status"), i18n.get("bulk.column.code"), i18n.get("bulk.column.evidence"),
                i18n.get("bulk.column.duplicate"))).append('\n');
        for (BulkResult r : resultsByLine()) {
            b.append(String.join("\t", String.valueOf(r.row().line()), BulkReport.tabCell(r.row().customerSubscriptionId()), BulkReport.tabCell(r.row().label()),
                    statusText(r.status()), BulkReport.tabCell(r.primaryCode()), BulkReport.tabCell(i18n.render(r.evidence())), duplicateText(r))).append('\n');
        }
        return redact.get() ? Redactor.redact(b.toString()) : b.toString();
    }

    /** A file name without extension, e.g. {@code azscsp-bulk-customers-20250101-0930}. */
    public String suggestedFileName() {
        String base = file.get() == null ? "" : file.get().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        base = base.replaceAll("[^A-Za-z0-9._-]+", "-");
        return "azscsp-bulk-" + (base.isEmpty() ? "" : base + "-") + LocalDateTime.now().format(FILE_STAMP);
    }

    /** Writes the rows done (by input line) as CSV or JSON Lines, off the JavaFX thread. */
    public Worker.Run export(SaveDialog.Target target) {
        List<BulkResult> snapshot = resultsByLine();
        BulkReport.Format format = target.format() == SaveDialog.Format.JSON_LINES || target.format() == SaveDialog.Format.JSON
                ? BulkReport.Format.JSON : BulkReport.Format.CSV;
        var language = i18n.language();
        boolean shorten = redact.get();
        CsvStyle style = excel.get() ? CsvStyle.excel(Locale.getDefault(Locale.Category.FORMAT)) : CsvStyle.PLAIN;
        exportedTo.set(null);
        return exporter.start(() -> {
            try (Writer w = Files.newBufferedWriter(target.file(), StandardCharsets.UTF_8);
                 BulkReport report = new BulkReport(w, format, language, shorten, style)) {
                for (BulkResult r : snapshot) report.write(r);
            }
            return target.file();
        }, exportedTo::set);
    }

    /**
     * Why a file gave no rows, as a message key of the window and its arguments, or a text of the reader (shown in the
     * language of the moment).
     */
    public static final class LoadProblem extends Exception {
        private final String key;
        private final transient Object[] args;
        private final transient Text text;
        private final transient List<String> headers;

        public LoadProblem(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
            this.text = null;
            this.headers = List.of();
        }

        LoadProblem(Text text, List<String> headers) {
            super(text.key(), null, false, false);
            this.key = text.key();
            this.args = text.args().toArray();
            this.text = text;
            this.headers = headers;
        }

        /** The header's names (bounded) when the file's columns could not be found, for the user to pick from. */
        public List<String> headers() { return headers; }

        public String key() { return key; }
        public Object[] args() { return args; }
        public Text text() { return text; }

        @Override
        public String toString() {
            return key + java.util.Arrays.toString(args);
        }
    }

    /** For tests: the status counts as a map. */
    Map<RowStatus, Integer> counts() {
        Map<RowStatus, Integer> m = new LinkedHashMap<>();
        counts.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }
}
