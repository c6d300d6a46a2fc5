package dev.azscsp.ui.tenants;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import dev.azscsp.diagnosis.Text;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.tenants.PlanApplier;
import dev.azscsp.diagnosis.tenants.PlanApplier.Result;
import dev.azscsp.diagnosis.tenants.PlanApplier.RowResult;
import dev.azscsp.diagnosis.tenants.PlannedWrite;
import dev.azscsp.diagnosis.tenants.Reconciliation;
import dev.azscsp.diagnosis.tenants.TenantPlan;
import dev.azscsp.report.CsvStyle;
import dev.azscsp.report.PlanReport;
import dev.azscsp.ui.common.Background;
import dev.azscsp.ui.common.Confirmer;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.ReportFiles;
import dev.azscsp.ui.common.SaveDialog;
import dev.azscsp.ui.common.Worker;

/**
 * The plan of the customers page: PUTs for the expected customers not mapped (or mapped with another tenant), and
 * DELETEs for the unexpected mappings the user ticks (none by default), shown in full with the rows left out. One
 * confirmation ({@link Confirmer#confirmPlan}, Cancel by default), then {@link PlanApplier} on the window's pool, the
 * one road for these writes; each row's outcome lands as it is known. Cancel lets the write in flight finish. After
 * the run the mappings are read again; the outcomes stay shown until the user starts a new plan.
 */
public final class PlanViewModel {
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    /**
     * A row of the plan's table: a write (with its outcome once known) or a row left out.
     *
     * @param index   the write's place in the plan, or -1 for a row left out
     * @param result  the write's outcome, null until it is known
     */
    public record PlanLine(int index, PlannedWrite write, TenantPlan.LeftOut leftOut, RowResult result) {}

    /** How the run whose outcomes are shown ended: every row done, a refusal (or a list not read), or otherwise. */
    public enum RunOutcome { NONE, COMPLETE, REFUSED, PARTIAL }

    private final I18n i18n;
    private final Background background;
    private final Supplier<CompletableFuture<RegistrationApi>> api;
    private final Confirmer confirmer;
    private final ObjectProperty<Reconciliation> reconciliation;
    private final Runnable readAgain;
    private final Worker applier;
    private final Worker exporter;
    private final BooleanProperty redact;
    private final BooleanProperty excel;

    private final ObservableSet<String> ticked = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<TenantPlan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObjectProperty<Text> planProblem = new SimpleObjectProperty<>(this, "planProblem");
    /** The plan applied last (its outcomes are shown), or null: the table shows the current plan. */
    private final ObjectProperty<TenantPlan> applied = new SimpleObjectProperty<>(this, "applied");
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>(this, "result");
    private final IntegerProperty answered = new SimpleIntegerProperty(this, "answered");
    private final BooleanProperty cancelling = new SimpleBooleanProperty(this, "cancelling");
    private final BooleanProperty notConfirmed = new SimpleBooleanProperty(this, "notConfirmed");
    private final ObservableList<PlanLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<Path> exportedTo = new SimpleObjectProperty<>(this, "exportedTo");
    private final BooleanBinding canApply;
    private final BooleanBinding canTick;
    private final BooleanBinding canShare;
    private final StringBinding countsText;
    private final StringBinding statusText;
    private final StringBinding exportMessage;
    private final javafx.beans.binding.ObjectBinding<RunOutcome> outcome;
    private PlanApplier.Run run;

    /**
     * @param readerBusy whether the mappings are being read (nothing is applied meanwhile)
     * @param readAgain  reads the mappings again after a run, so the reconciliation shows what Azure holds now
     */
    PlanViewModel(I18n i18n, Background background, Supplier<CompletableFuture<RegistrationApi>> api, Confirmer confirmer,
                  ObjectProperty<Reconciliation> reconciliation, ObservableBooleanValue readerBusy, Runnable readAgain,
                  BooleanProperty redact, BooleanProperty excel) {
        this.i18n = i18n;
        this.background = background;
        this.api = api;
        this.confirmer = confirmer;
        this.reconciliation = reconciliation;
        this.readAgain = readAgain;
        this.redact = redact;
        this.excel = excel;
        this.applier = new Worker(background, i18n);
        this.exporter = new Worker(background, i18n);

        reconciliation.addListener((o, a, r) -> {
            // A tick stands for a mapping no line expects; once that mapping is gone (or expected), so is the tick.
            // While the list is read again there is no reconciliation: the ticks wait for it.
            if (r != null) ticked.retainAll(removableIds());
            rebuild();
        });
        ticked.addListener((javafx.collections.SetChangeListener<String>) c -> rebuild());
        applied.addListener((o, a, p) -> showLines());
        plan.addListener((o, a, p) -> { if (applied.get() == null) showLines(); });

        canTick = Bindings.createBooleanBinding(() -> !applier.isRunning() && reconciliation.get() != null,
                applier.stateProperty(), reconciliation);
        canApply = Bindings.createBooleanBinding(() -> !applier.isRunning() && !readerBusy.get() && applied.get() == null
                && plan.get() != null && !plan.get().writes().isEmpty(), applier.stateProperty(), readerBusy, plan, applied);
        canShare = Bindings.createBooleanBinding(() -> !applier.isRunning() && shownPlan() != null, applier.stateProperty(), plan, applied);
        countsText = i18n.text(() -> {
            TenantPlan p = shownPlan();
            return p == null ? "" : i18n.format("tenants.plan.counts", p.adds(), p.removes(), p.leftOut().size());
        }, plan, applied);
        statusText = i18n.text(this::status, applier.stateProperty(), plan, planProblem, applied, result, answered, cancelling,
                notConfirmed, reconciliation, applier.failureProperty());
        outcome = Bindings.createObjectBinding(() -> {
            Result res = result.get();
            if (applied.get() == null || res == null || applier.isRunning()) return RunOutcome.NONE;
            if (res.complete()) return RunOutcome.COMPLETE;
            return res.listFailure() != null || res.count(PlanApplier.Outcome.REFUSED) > 0 ? RunOutcome.REFUSED : RunOutcome.PARTIAL;
        }, result, applied, applier.stateProperty());
        exportMessage = i18n.text(() -> exporter.state() == Worker.State.DONE && exportedTo.get() != null
                ? i18n.format("tenants.exported", exportedTo.get().toString())
                : exporter.state() == Worker.State.FAILED ? i18n.format("bulk.exportFailed", exporter.failureProperty().get()) : "",
                exportedTo, exporter.stateProperty(), exporter.failureProperty());
    }

    // ---- state

    /** Whether a plan is being applied: the page holds (no Back, no Home, closing asks first). */
    public BooleanBinding applyingProperty() { return applier.runningProperty(); }
    public boolean isApplying() { return applier.isRunning(); }
    /** The registration the plan being applied writes to, or null. */
    public String applyingOn() { return applied.get() == null ? null : applied.get().registration().name(); }
    public ReadOnlyObjectProperty<Worker.State> stateProperty() { return applier.stateProperty(); }
    public ObjectProperty<TenantPlan> planProperty() { return plan; }
    public TenantPlan plan() { return plan.get(); }
    /** The last run's outcomes, or null. */
    public ObjectProperty<Result> resultProperty() { return result; }
    /** The rows of the plan shown: the writes (with their outcomes once applied), then the rows left out. */
    public ObservableList<PlanLine> lines() { return lines; }
    public BooleanBinding canApplyProperty() { return canApply; }
    public BooleanBinding canTickProperty() { return canTick; }
    public BooleanBinding canShareProperty() { return canShare; }
    /** "Add 5, remove 4; 2 not planned." */
    public StringBinding countsTextProperty() { return countsText; }
    /** Where the plan stands, in a sentence. */
    public StringBinding statusTextProperty() { return statusText; }
    public StringBinding exportMessageProperty() { return exportMessage; }
    /** How the run shown ended, for the banner's colour. */
    public javafx.beans.binding.ObjectBinding<RunOutcome> outcomeProperty() { return outcome; }
    /** Whether the outcomes of a run are shown (a new plan is then offered). */
    public BooleanBinding showingOutcomesProperty() { return Bindings.isNotNull(applied); }

    // ---- ticks

    /**
     * Whether a row can be ticked for removal: a mapping that no line of the file expects, or an expected id mapped
     * in another letter case (its PUT comes in a later plan, once that mapping is gone).
     */
    public static boolean tickable(TenantsViewModel.Line x) {
        if (x.mapping() == null) return false;
        return x.kind() == TenantsViewModel.Kind.MAPPED_NOT_EXPECTED || x.row() != null && otherCase(x.row());
    }

    private static boolean otherCase(Reconciliation.Row row) {
        return row.group() == Reconciliation.Group.MAPPED_DIFFERENTLY && row.mapping() != null
                && (row.difference() == Reconciliation.Difference.OTHER_CASE || row.difference() == Reconciliation.Difference.OTHER_CASE_AND_TENANT);
    }

    public ObservableSet<String> ticked() { return ticked; }

    public boolean isTicked(String mappedId) { return ticked.contains(mappedId); }

    /** A tick is a new plan: the last run's outcomes give way to it. */
    public void tick(String mappedId, boolean on) {
        if (!canTick.get()) return;
        applied.set(null);
        if (on && removableIds().contains(mappedId)) ticked.add(mappedId);
        else if (!on) ticked.remove(mappedId);
    }

    /** Every mapping no line expects, ticked for removal. */
    public void tickAllUnexpected() {
        if (!canTick.get()) return;
        applied.set(null);
        ticked.addAll(unexpectedIds());
    }

    public void untickAll() {
        if (!canTick.get()) return;
        applied.set(null);
        ticked.clear();
    }

    /** Leaves the last run's outcomes for the plan built from the list read since. */
    public void newPlan() {
        if (!applier.isRunning()) applied.set(null);
    }

    private Set<String> unexpectedIds() {
        Set<String> ids = new LinkedHashSet<>();
        Reconciliation r = reconciliation.get();
        if (r == null) return ids;
        for (Reconciliation.Row row : r.rows()) {
            if (row.group() == Reconciliation.Group.MAPPED_NOT_EXPECTED) ids.add(row.mapping().subscriptionId());
        }
        return ids;
    }

    /** The unexpected mappings and the ids mapped in another letter case: what a tick may remove. */
    private Set<String> removableIds() {
        Set<String> ids = unexpectedIds();
        Reconciliation r = reconciliation.get();
        if (r != null) for (Reconciliation.Row row : r.rows()) if (otherCase(row)) ids.add(row.mapping().subscriptionId());
        return ids;
    }

    /** The plan again from the reconciliation and the ticks: no call, so it follows every tick. */
    private void rebuild() {
        Reconciliation r = reconciliation.get();
        if (r == null) {
            plan.set(null);
            planProblem.set(null);
            return;
        }
        try {
            plan.set(TenantPlan.of(r, Set.copyOf(ticked), false));
            planProblem.set(null);
        } catch (TenantPlan.NotPlannable e) {
            plan.set(null);
            planProblem.set(e.reason());
        }
    }

    private TenantPlan shownPlan() { return applied.get() != null ? applied.get() : plan.get(); }

    private void showLines() {
        TenantPlan p = shownPlan();
        List<PlanLine> out = new ArrayList<>();
        if (p != null) {
            Result res = applied.get() != null ? result.get() : null;
            for (int i = 0; i < p.writes().size(); i++) {
                out.add(new PlanLine(i, p.writes().get(i), null, res == null ? null : res.rows().get(i)));
            }
            // Rows left out belong to the plan under review; after a run, the outcomes are what matters.
            if (applied.get() == null) for (TenantPlan.LeftOut l : p.leftOut()) out.add(new PlanLine(-1, null, l, null));
        }
        lines.setAll(out);
    }

    // ---- applying

    /**
     * Asks the one question, then applies the plan shown through {@link PlanApplier} on the window's pool. A "no"
     * (or a dialog closed) sends nothing, not even the fresh listing.
     */
    public void apply() {
        if (!canApply.get()) return;
        TenantPlan p = plan.get();
        notConfirmed.set(false);
        if (!confirmer.confirmPlan(p.registration().name(), PlanReport.confirmationText(p, i18n.language()))) {
            notConfirmed.set(true);
            return;
        }
        result.set(null);
        answered.set(0);
        cancelling.set(false);
        exportedTo.set(null);
        applied.set(p);
        Worker.Run r = applier.begin();
        api.get().whenComplete((a, e) -> r.post(() -> {
            if (e != null) {
                r.fail(e);
                return;
            }
            if (cancelling.get()) {   // cancelled before the client was ready: nothing was sent
                cancelling.set(false);
                applier.cancel();
                return;
            }
            PlanApplier.Run started;
            try {
                started = new PlanApplier(a, new dev.azscsp.diagnosis.tenants.WritePacer()).start(p, background.pool(),
                        (i, row) -> r.post(() -> outcome(i, row)));
            } catch (RuntimeException ex) {
                r.fail(ex);
                return;
            }
            run = started;
            started.result().whenComplete((res, err) -> r.post(() -> {
                run = null;
                cancelling.set(false);
                if (err != null) {
                    r.fail(err);
                    return;
                }
                result.set(res);
                for (int i = 0; i < res.rows().size(); i++) outcome(i, res.rows().get(i));
                r.done();
                readAgain.run();   // the reconciliation then shows what Azure holds now
            }));
        }));
    }

    private void outcome(int index, RowResult row) {
        if (index < 0 || index >= lines.size() || lines.get(index).index() != index) return;
        PlanLine was = lines.get(index);
        if (was.result() == null) answered.set(answered.get() + 1);
        lines.set(index, new PlanLine(index, was.write(), null, row));
    }

    /** Sends nothing more: the write in flight finishes (its answer must be known), the rest are "not sent". */
    public void cancel() {
        if (!applier.isRunning()) return;
        cancelling.set(true);
        if (run != null) run.cancel();
    }

    private String status() {
        Reconciliation r = reconciliation.get();
        TenantPlan p = plan.get();
        switch (applier.state()) {
            case RUNNING -> {
                return cancelling.get() ? i18n.get("tenants.plan.cancelling")
                        : i18n.format("tenants.plan.applying", answered.get(), applied.get() == null ? 0 : applied.get().writes().size());
            }
            case FAILED -> {
                if (applied.get() != null) return i18n.format("tenants.plan.couldNotStart", applier.failureProperty().get());
            }
            case CANCELLED -> {
                if (applied.get() != null) return i18n.get("tenants.plan.cancelledEarly");
            }
            default -> { }
        }
        if (applied.get() != null && result.get() != null) {
            return new PlanReport(applied.get(), result.get(), i18n.language()).summaryText();
        }
        if (notConfirmed.get()) return i18n.get("tenants.plan.notConfirmed");
        if (r == null) return i18n.get("tenants.plan.noReconciliation");
        if (planProblem.get() != null) return i18n.render(planProblem.get());
        if (p != null && p.writes().isEmpty()) return i18n.get("tenants.plan.nothing");
        return i18n.get("tenants.plan.review");
    }

    // ---- row texts

    public String actionText(PlanLine x) {
        if (x.write() == null) return i18n.get("tenants.plan.action.left");
        return i18n.get("tenants.plan.action." + x.write().action().key());
    }

    /** The ARM resource the write is sent to (the whole id; the column shows its end). */
    public String resourceText(PlanLine x) {
        TenantPlan p = shownPlan();
        if (x.write() == null || p == null) return x.leftOut() == null ? "" : x.leftOut().subscriptionId();
        return x.write().resourceId(p.registration());
    }

    public String tenantText(PlanLine x) {
        if (x.write() == null) return "";
        return x.write().tenantId() == null ? i18n.get("tenants.noTenant") : x.write().tenantId();
    }

    public String lineText(PlanLine x) {
        int n = x.write() != null ? x.write().line() : x.leftOut().line();
        String label = x.write() != null ? x.write().label() : null;
        return (n > 0 ? String.valueOf(n) : "") + (label == null || label.isBlank() ? "" : (n > 0 ? " \u2014 " : "") + label);
    }

    /** What a write replaces, or where a removed customer's usage goes; for a row left out, why. */
    public String effectText(PlanLine x) {
        if (x.write() == null) {
            Text reason = x.leftOut().reason();
            // The model's sentence names the CLI's --remove; here the way is the row's Remove box.
            if (reason.key().equals("plan.left.otherCase")) return i18n.format("tenants.plan.left.otherCase", reason.args().toArray());
            return reason.in(i18n.language());
        }
        TenantPlan p = shownPlan();
        return p == null ? "" : new PlanReport(p, null, i18n.language()).effectText(x.index());
    }

    /**
     * The outcome in a word or two, then why: the card code and ARM's words for a refusal. A row not sent (or no
     * longer applying) says so in its note already, which is then shown alone. Empty before the row's answer.
     */
    public String outcomeText(PlanLine x) {
        RowResult r = x.result();
        if (r == null) return x.write() == null ? "" : applier.isRunning() && applied.get() != null ? i18n.get("tenants.plan.waiting") : "";
        String word = new PlanReport(shownPlan(), null, i18n.language()).outcomeText(r);
        String note = r.note() == null ? null : r.note().in(i18n.language());
        return switch (r.outcome()) {
            case NOT_SENT, NO_LONGER_APPLIES -> note != null ? note : word;
            case REFUSED -> word + " \u2014 " + (r.code() != null && (note == null || !note.contains(r.code()))
                    ? r.code() + (note == null ? "" : i18n.language().colon()) : "") + (note == null ? "" : note);
            default -> note == null ? word : word + " \u2014 " + note;
        };
    }

    // ---- sharing

    /** The plan shown (with its outcomes after a run) as Markdown for a ticket. */
    public String markdown() {
        return report().markdown(redact.get());
    }

    private PlanReport report() {
        return new PlanReport(shownPlan(), applied.get() != null ? result.get() : null, i18n.language());
    }

    public String suggestedFileName() {
        TenantPlan p = shownPlan();
        String base = p == null ? "" : p.registration().name().replaceAll("[^A-Za-z0-9._-]+", "-");
        if (base.length() > 60) base = base.substring(0, 60);
        return (applied.get() != null ? "azscsp-plan-outcomes-" : "azscsp-plan-") + (base.isEmpty() ? "" : base + "-")
                + LocalDateTime.now().format(FILE_STAMP);
    }

    /** Writes the plan (or its outcomes) as CSV, Markdown or JSON, off the JavaFX thread. */
    public Worker.Run export(SaveDialog.Target target) {
        if (!canShare.get()) return null;
        PlanReport report = report();
        boolean shorten = redact.get();
        CsvStyle style = excel.get() ? CsvStyle.excel(Locale.getDefault(Locale.Category.FORMAT)) : CsvStyle.PLAIN;
        exportedTo.set(null);
        return exporter.start(() -> ReportFiles.write(target, report, style, shorten), exportedTo::set);
    }
}
