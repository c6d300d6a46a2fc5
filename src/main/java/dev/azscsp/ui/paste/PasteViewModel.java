package dev.azscsp.ui.paste;

import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.catalog.Values;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.RegistrationTarget;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.report.DiagnosisReport;
import dev.azscsp.report.InputRow;
import dev.azscsp.report.TicketText;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Background;
import dev.azscsp.ui.common.Worker;

/**
 * "I have an error message": the pasted text is read as it changes (locally, no network) into the matching card
 * with the values found in it, and those values can start the checks.
 */
public final class PasteViewModel {
    private final I18n i18n;
    private final ErrorCatalog catalog;
    /** Up to this length a paste is read at once; longer ones (whole logs) are read in the background. */
    static final int READ_AT_ONCE = 20_000;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<PastedError> reading = new SimpleObjectProperty<>(this, "reading", PastedError.nothing());
    private final Worker reader;
    private final BooleanBinding busy;
    private final ObjectBinding<ErrorCard> card;
    private final BooleanBinding recognized;
    private final BooleanBinding hasValues;
    private final StringBinding status;

    public PasteViewModel(I18n i18n, ErrorCatalog catalog, PastedErrorReader textReader, Background background) {
        this.i18n = i18n;
        this.catalog = catalog;
        this.reader = new Worker(background, i18n);
        this.busy = reader.runningProperty();
        text.addListener((o, a, t) -> {
            String value = t == null ? "" : t;
            if (value.length() <= READ_AT_ONCE) {
                reader.reset();
                reading.set(safeRead(textReader, value));
            } else {
                reader.start(() -> safeRead(textReader, value), reading::set);
            }
        });
        recognized = Bindings.createBooleanBinding(() -> reading.get().recognized()
                && catalog.find(reading.get().primaryCode()).isPresent(), reading);
        hasValues = Bindings.createBooleanBinding(() -> !reading.get().values().isEmpty(), reading);   // values to check with
        // The card explain prints for the same text: the values in the fields, what else the text named, and the
        // service's message quoted only when the text held it.
        card = Bindings.createObjectBinding(() -> {
            if (!recognized.get()) return null;
            PastedError r = reading.get();
            Values v = DiagnosisReport.values(target(Intent.VERIFY), null);
            for (var e : r.otherValues().entrySet()) v = v.with(e.getKey(), e.getValue());
            return catalog.card(r.primaryCode(), i18n.language(), v, r.messageSeen());
        }, recognized, reading, i18n.languageProperty());
        status = i18n.text(() -> {
            if (text.get() == null || text.get().isBlank()) return i18n.get("paste.empty");
            if (busy.get()) return i18n.get("paste.reading");
            if (!recognized.get()) return hasValues.get() ? i18n.get("paste.valuesOnly") : i18n.get("paste.nothing");
            int others = otherCodes().size();
            return others > 0 ? i18n.format("paste.foundWithOthers", reading.get().primaryCode(), others)
                    : i18n.format("paste.found", reading.get().primaryCode());
        }, text, reading, recognized, hasValues, busy);
    }

    /** A reader bug must not take the page down: the user can still browse the codes. */
    private static PastedError safeRead(PastedErrorReader reader, String text) {
        try {
            PastedError r = reader.read(text);
            return r == null ? PastedError.nothing() : r;
        } catch (RuntimeException e) {
            return PastedError.nothing();
        }
    }

    public StringProperty textProperty() { return text; }
    public ObjectProperty<PastedError> readingProperty() { return reading; }
    /** True while a long paste is being read in the background. */
    public BooleanBinding busyProperty() { return busy; }
    public PastedError reading() { return reading.get(); }
    /** The primary code's card with the values found; null when no known code was found. */
    public ObjectBinding<ErrorCard> cardProperty() { return card; }
    public BooleanBinding recognizedProperty() { return recognized; }
    public BooleanBinding hasValuesProperty() { return hasValues; }
    public StringBinding statusProperty() { return status; }

    /** The codes found besides the primary one. */
    public List<String> otherCodes() {
        return reading.get().codes().stream().filter(c -> !c.equals(reading.get().primaryCode())).toList();
    }

    public String title(String code) {
        return catalog.find(code).map(c -> catalog.text(c.code(), i18n.language()).title()).orElse(code);
    }

    /**
     * Every value found, labelled in the current language: the fields, then the ids and facts support needs
     * (correlation and request ids, when, HTTP status), under their header names as {@code explain} prints them.
     */
    public List<InputRow> valueRows() {
        List<InputRow> rows = new java.util.ArrayList<>(InputRow.of(target(Intent.VERIFY), i18n.language()));
        reading.get().details().forEach((label, value) -> rows.add(new InputRow(label, value)));
        return rows;
    }

    private RegistrationTarget target(Intent intent) {
        Map<Field, String> v = reading.get().values();
        return new RegistrationTarget(v.get(Field.SUBSCRIPTION_ID), v.get(Field.RESOURCE_GROUP), v.get(Field.REGISTRATION_NAME),
                v.get(Field.CUSTOMER_SUBSCRIPTION_ID), v.get(Field.CUSTOMER_TENANT_ID), v.get(Field.STAMP_CLOUD_ID), intent);
    }

    /** Why ids that only look like one were not used, in the current language. */
    public List<String> lookalikeNotes() {
        return reading.get().lookalikes().entrySet().stream()
                .map(e -> InputRules.lookalikeId(e.getKey(), e.getValue()).in(i18n.language())).toList();
    }

    /**
     * The values as wizard input; fields not found stay null so what the user typed before is kept. A pasted error
     * starts a fresh question: the checks start from "verify" (which never writes), whatever the previous run asked.
     */
    public RawInput toRawInput() {
        Map<Field, String> v = reading.get().values();
        return new RawInput(v.get(Field.SUBSCRIPTION_ID), v.get(Field.RESOURCE_GROUP), v.get(Field.REGISTRATION_NAME),
                v.get(Field.CUSTOMER_SUBSCRIPTION_ID), v.get(Field.CUSTOMER_TENANT_ID), v.get(Field.STAMP_CLOUD_ID), Intent.VERIFY);
    }

    /** The card with the values found, as plain text for a ticket. */
    public String ticketPlain() {
        return card.get() == null ? "" : TicketText.plain(card.get(), valueRows(), null, false);
    }
}
