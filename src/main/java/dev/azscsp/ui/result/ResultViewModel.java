package dev.azscsp.ui.result;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.diagnosis.CheckResult;
import dev.azscsp.diagnosis.CheckStatus;
import dev.azscsp.diagnosis.Correction;
import dev.azscsp.diagnosis.PasteVerdict;
import dev.azscsp.diagnosis.Listing;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.Diagnostician;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.Outcome;
import dev.azscsp.diagnosis.RegistrationTarget;
import dev.azscsp.report.DiagnosisReport;
import dev.azscsp.report.InputRow;
import dev.azscsp.ui.checks.RunResult;
import dev.azscsp.ui.common.Confirmer;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Background;
import dev.azscsp.ui.common.SaveDialog;
import dev.azscsp.ui.common.Worker;

/**
 * Step 5: what the run found, as cards and as text for a ticket. With "add now", once every check the PUT needs
 * has passed, it asks the {@link Confirmer} (which names exactly the resource to write) and only then adds.
 */
public final class ResultViewModel {
    /** Where the "add now" flow stands. */
    public enum AddState { NOT_ASKED, AWAITING_CONFIRMATION, DECLINED, ADDING, ADDED, FAILED }

    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final I18n i18n;
    private final Background background;
    private final Worker writer;
    private final Worker saver;
    private final ErrorCatalog catalog;
    private final DiagnosisReport report;
    private final Confirmer confirmer;

    private final ObjectProperty<RunResult> result = new SimpleObjectProperty<>(this, "result");
    private final BooleanProperty redact = new SimpleBooleanProperty(this, "redact");
    private final ObjectProperty<AddState> addState = new SimpleObjectProperty<>(this, "addState", AddState.NOT_ASKED);
    private final ObjectProperty<Path> savedTo = new SimpleObjectProperty<>(this, "savedTo");
    private final StringBinding saveMessage;
    private final ObjectBinding<ErrorCard> primaryCard;
    private final ObjectBinding<List<ErrorCard>> secondaryCards;
    private final StringBinding headline;
    private final StringBinding addMessage;
    /** The code of the error pasted before this run, or null: the result says whether the checks bear it out. */
    private final ObjectProperty<String> pastedCode = new SimpleObjectProperty<>(this, "pastedCode");
    private final StringBinding pasteVerdict;
    private Consumer<RawInput> useValues = in -> { };

    public ResultViewModel(I18n i18n, Background background, ErrorCatalog catalog, Confirmer confirmer) {
        this.i18n = i18n;
        this.background = background;
        this.writer = new Worker(background, i18n);
        this.saver = new Worker(background, i18n);
        // A write that could not be sent or answered (time limit, network) is a failure the page keeps showing.
        writer.stateProperty().addListener((o, a, st) -> { if (st == Worker.State.FAILED) addState.set(AddState.FAILED); });
        this.catalog = catalog;
        this.report = new DiagnosisReport(catalog);
        this.confirmer = confirmer;
        primaryCard = Bindings.createObjectBinding(() -> result.get() == null ? null
                : report.primaryCard(result.get().diagnosis(), i18n.language(), result.get().apiVersion()), result, i18n.languageProperty());
        secondaryCards = Bindings.createObjectBinding(() -> result.get() == null ? List.of()
                : result.get().diagnosis().secondaryCodes().stream().filter(c -> catalog.find(c).isPresent())
                .map(c -> catalog.card(c, i18n.language(), DiagnosisReport.values(target(), result.get().apiVersion()))).toList(),
                result, i18n.languageProperty());
        headline = i18n.text(this::headlineText, result);
        addMessage = i18n.text(this::addMessageText, addState, writer.failureProperty(), result);
        pasteVerdict = i18n.text(this::pasteVerdictText, pastedCode, result);
        saveMessage = i18n.text(() -> saver.state() == Worker.State.DONE && savedTo.get() != null
                ? i18n.format("result.saved", savedTo.get().toString())
                : saver.state() == Worker.State.FAILED ? i18n.format("result.saveFailed", saver.failureProperty().get()) : "",
                savedTo, saver.stateProperty(), saver.failureProperty());
    }

    public ObjectProperty<RunResult> resultProperty() { return result; }
    public Diagnosis diagnosis() { return result.get() == null ? null : result.get().diagnosis(); }
    public RegistrationTarget target() { return diagnosis().target(); }
    public BooleanProperty redactProperty() { return redact; }
    public ObjectProperty<AddState> addStateProperty() { return addState; }
    /** Where the report was saved, or why it was not; empty before any save. */
    public StringBinding saveMessageProperty() { return saveMessage; }
    /** The primary card with the user's values; null for a clean run or a cancelled one with nothing to show. */
    public ObjectBinding<ErrorCard> primaryCardProperty() { return primaryCard; }
    public ObjectBinding<List<ErrorCard>> secondaryCardsProperty() { return secondaryCards; }
    public StringBinding headlineProperty() { return headline; }
    /** A sentence about the "add now" flow; empty when it does not apply. */
    public StringBinding addMessageProperty() { return addMessage; }

    /** The code of the error pasted before the run, or null when the run did not start from a paste. */
    public ObjectProperty<String> pastedCodeProperty() { return pastedCode; }
    /** Whether the live checks confirm or contradict the pasted error; empty without a paste. */
    public StringBinding pasteVerdictProperty() { return pasteVerdict; }

    /** Where "Use these values and run again" sends the corrected input (the wizard fills its fields and runs). */
    public void onUseValues(Consumer<RawInput> action) { useValues = action == null ? in -> { } : action; }

    /** The fixes the checks found, the one behind the primary card first. */
    public List<Correction> corrections() { return diagnosis() == null ? List.of() : diagnosis().corrections(); }

    /** Each fix in one sentence with its values, in the current language. */
    public List<String> answerLines() { return corrections().stream().map(c -> i18n.render(c.answer())).toList(); }

    /** What the checks listed from ARM on the way. */
    public List<Listing> listings() { return diagnosis() == null ? List.of() : diagnosis().listings(); }

    public boolean canUseValues() { return !corrections().isEmpty() && !isWriting(); }

    /** "Use these values and run again": the given input with the found values in place, run with the same intent. */
    public void useFoundValues() {
        if (!canUseValues()) return;
        useValues.accept(diagnosis().correctedInput());
    }

    /** The same verdict the ticket and the JSON report carry ({@link PasteVerdict}), in the page's words. */
    private String pasteVerdictText() {
        Diagnosis d = diagnosis();
        if (d == null || d.inputOnly()) return "";
        return PasteVerdict.of(pastedCode.get(), d).map(v -> switch (v.kind()) {
            case CONFIRMED -> i18n.format("result.pasteConfirmed", v.pastedCode());
            case CONTRADICTED -> v.foundCode() == null ? i18n.format("result.pasteNotNow", v.pastedCode())
                    : i18n.format("result.pasteContradicted", v.pastedCode(), v.foundCode());
            case NOT_CHECKED -> i18n.format("result.pasteUnsettled", v.pastedCode());
        }).orElse("");
    }

    public Outcome outcome() { return diagnosis() == null ? null : diagnosis().outcome(); }

    public List<InputRow> inputRows() {
        return diagnosis() == null ? List.of() : InputRow.of(target(), i18n.language());
    }

    public List<CheckResult> passed() { return checks(CheckStatus.PASS); }
    public List<CheckResult> unverified() { return diagnosis() == null ? List.of() : diagnosis().unverified(); }
    public List<CheckResult> warnings() { return checks(CheckStatus.WARN); }

    private List<CheckResult> checks(CheckStatus s) {
        return diagnosis() == null ? List.of() : diagnosis().checks().stream().filter(c -> c.status() == s).toList();
    }

    private String headlineText() {
        Diagnosis d = diagnosis();
        if (d == null) return "";
        return switch (d.outcome()) {
            case OK -> d.unverified().isEmpty() ? i18n.get("result.ok") : i18n.format("result.okUnverified", d.unverified().size());
            case PROBLEM -> i18n.format("result.problem", d.primaryCode());
            case INCOMPLETE -> d.cancelled() ? i18n.get("result.cancelled") : i18n.format("result.incomplete",
                    d.primaryCode() == null ? "\u2014" : d.primaryCode());
        };
    }

    private String addMessageText() {
        if (diagnosis() == null) return "";
        return switch (addState.get()) {
            case NOT_ASKED -> diagnosis().target().intent() == Intent.ADD && !diagnosis().cancelled()
                    ? i18n.get("result.addBlocked") : "";
            case AWAITING_CONFIRMATION -> i18n.format("result.addAwaiting", resourceToWrite());
            case DECLINED -> i18n.format("result.addDeclined", resourceToWrite());
            case ADDING -> i18n.format("result.adding", resourceToWrite());
            case ADDED -> diagnosis().outcome() == Outcome.OK ? i18n.format("result.added", resourceToWrite())
                    : i18n.get("result.addRefused");
            case FAILED -> i18n.format("result.addFailed", writer.failureProperty().get());
        };
    }

    /** Exactly what the PUT writes. */
    public String resourceToWrite() {
        RegistrationTarget t = target();
        return t.registration().customerSubscriptionId(t.customerSubscriptionId());
    }

    /** Shows a run's result; asks to add when the user chose "add now" and everything the PUT needs passed. */
    public void show(RunResult r) {
        if (isWriting()) return;   // the page is held by the write; MainViewModel does not start runs meanwhile
        clearSaveMessage();
        writer.reset();
        addState.set(AddState.NOT_ASKED);
        result.set(r);
        if (Diagnostician.readyToAdd(r.diagnosis())) {
            addState.set(AddState.AWAITING_CONFIRMATION);
            // Asked after the page is shown, so the dialog opens over the result rather than over the checks.
            background.ui().execute(this::confirmAndAdd);
        }
    }

    public boolean canAdd() {
        return diagnosis() != null && Diagnostician.readyToAdd(diagnosis())
                && (addState.get() == AddState.AWAITING_CONFIRMATION || addState.get() == AddState.DECLINED);
    }

    /** Asks for confirmation, then sends the PUT off the JavaFX thread; a "no" writes nothing. */
    public void confirmAndAdd() {
        if (!canAdd()) return;
        RunResult r = result.get();
        if (!confirmer.confirmWrite(resourceToWrite(), target().customerTenantId(), cautions())) {
            addState.set(AddState.DECLINED);
            return;
        }
        addState.set(AddState.ADDING);
        writer.start(() -> r.diagnostician().add(r.diagnosis()), d -> {
            result.set(r.with(d));
            addState.set(AddState.ADDED);
        });
    }

    /** What the checks could not verify about the right to write, in the current language; empty when verified. */
    public List<String> cautions() {
        return diagnosis() == null ? List.of()
                : Diagnostician.unverifiedRights(diagnosis()).stream().map(c -> c.evidence().in(i18n.language())).toList();
    }

    /**
     * True while the PUT is in flight: the page cannot be cleared, left or closed under it, or the answer would land
     * in a page that moved on (or nowhere).
     */
    public boolean isWriting() { return addState.get() == AddState.ADDING; }

    /** Forgets the result, unless a write is in flight (then nothing happens and false is returned). */
    public boolean clear() {
        if (isWriting()) return false;
        writer.reset();
        result.set(null);
        addState.set(AddState.NOT_ASKED);
        clearSaveMessage();
        return true;
    }

    private void clearSaveMessage() {
        saver.reset();
        savedTo.set(null);
    }

    // ---- texts for tickets and reports (they honour "Redact IDs")

    public String ticketPlain() {
        return report.plain(diagnosis(), i18n.language(), result.get().context(), redact.get(), pastedCode.get());
    }

    public String ticketMarkdown() {
        return report.markdown(diagnosis(), i18n.language(), result.get().context(), redact.get(), pastedCode.get());
    }

    public String json() {
        return report.json(diagnosis(), i18n.language(), result.get().context(), redact.get(), pastedCode.get());
    }

    public Optional<String> documentationUrl() {
        ErrorCard c = primaryCard.get();
        return c == null ? Optional.empty() : Optional.of(c.docUrl());
    }

    /** A file name without extension, e.g. {@code azscsp-RegistrationNotFound-20250101-0930}. */
    public String suggestedFileName() {
        String what = diagnosis().primaryCode() != null ? diagnosis().primaryCode() : diagnosis().outcome().key();
        return "azscsp-" + what + "-" + LocalDateTime.now().format(FILE_STAMP);
    }

    /** Writes the report off the JavaFX thread. */
    public Worker.Run save(SaveDialog.Target target) {
        String text = target.format() == SaveDialog.Format.JSON ? json() : ticketMarkdown();
        clearSaveMessage();
        return saver.start(() -> Files.writeString(target.file(), text, StandardCharsets.UTF_8), savedTo::set);
    }
}
