package dev.azscsp.ui.paste;

import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.RegistrationTarget;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.report.DiagnosisReport;
import dev.azscsp.report.InputRow;
import dev.azscsp.report.TicketText;
import dev.azscsp.ui.common.I18n;

/**
 * "I have an error message": the pasted text is read as it changes (locally, no network) into the matching card
 * with the values found in it, and those values can start the checks.
 */
public final class PasteViewModel {
    private final I18n i18n;
    private final ErrorCatalog catalog;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectBinding<PastedError> reading;
    private final ObjectBinding<ErrorCard> card;
    private final BooleanBinding recognized;
    private final BooleanBinding hasValues;
    private final StringBinding status;

    public PasteViewModel(I18n i18n, ErrorCatalog catalog, PastedErrorReader reader) {
        this.i18n = i18n;
        this.catalog = catalog;
        reading = Bindings.createObjectBinding(() -> {
            try {
                PastedError r = reader.read(text.get());
                return r == null ? PastedError.nothing() : r;
            } catch (RuntimeException e) {
                // A reader bug must not take the page down: the user can still browse the codes.
                return PastedError.nothing();
            }
        }, text);
        recognized = Bindings.createBooleanBinding(() -> reading.get().recognized()
                && catalog.find(reading.get().primaryCode()).isPresent(), reading);
        hasValues = Bindings.createBooleanBinding(() -> !reading.get().values().isEmpty(), reading);
        card = Bindings.createObjectBinding(() -> recognized.get()
                ? catalog.card(reading.get().primaryCode(), i18n.language(), DiagnosisReport.values(target(Intent.VERIFY), null))
                : null, recognized, reading, i18n.languageProperty());
        status = i18n.text(() -> {
            if (text.get() == null || text.get().isBlank()) return i18n.get("paste.empty");
            if (!recognized.get()) return hasValues.get() ? i18n.get("paste.valuesOnly") : i18n.get("paste.nothing");
            int others = reading.get().codes().size() - 1;
            return others > 0 ? i18n.format("paste.foundWithOthers", reading.get().primaryCode(), others)
                    : i18n.format("paste.found", reading.get().primaryCode());
        }, text, reading, recognized, hasValues);
    }

    public StringProperty textProperty() { return text; }
    public ObjectBinding<PastedError> readingProperty() { return reading; }
    public PastedError reading() { return reading.get(); }
    /** The primary code's card with the values found; null when no known code was found. */
    public ObjectBinding<ErrorCard> cardProperty() { return card; }
    public BooleanBinding recognizedProperty() { return recognized; }
    public BooleanBinding hasValuesProperty() { return hasValues; }
    public StringBinding statusProperty() { return status; }

    /** The other codes found, with their titles in the current language. */
    public List<String> otherCodes() {
        List<String> codes = reading.get().codes();
        return codes.size() <= 1 ? List.of() : codes.subList(1, codes.size());
    }

    public String title(String code) {
        return catalog.find(code).map(c -> catalog.text(c.code(), i18n.language()).title()).orElse(code);
    }

    /** The values found, labelled in the current language. */
    public List<InputRow> valueRows() {
        return InputRow.of(target(Intent.VERIFY), i18n.language());
    }

    private RegistrationTarget target(Intent intent) {
        Map<Field, String> v = reading.get().values();
        return new RegistrationTarget(v.get(Field.SUBSCRIPTION_ID), v.get(Field.RESOURCE_GROUP), v.get(Field.REGISTRATION_NAME),
                v.get(Field.CUSTOMER_SUBSCRIPTION_ID), v.get(Field.CUSTOMER_TENANT_ID), v.get(Field.STAMP_CLOUD_ID), intent);
    }

    /** The values as wizard input; fields not found stay null so what the user typed before is kept. */
    public RawInput toRawInput() {
        Map<Field, String> v = reading.get().values();
        return new RawInput(v.get(Field.SUBSCRIPTION_ID), v.get(Field.RESOURCE_GROUP), v.get(Field.REGISTRATION_NAME),
                v.get(Field.CUSTOMER_SUBSCRIPTION_ID), v.get(Field.CUSTOMER_TENANT_ID), v.get(Field.STAMP_CLOUD_ID), null);
    }

    /** The card with the values found, as plain text for a ticket. */
    public String ticketPlain() {
        return card.get() == null ? "" : TicketText.plain(card.get(), valueRows(), null, false);
    }
}
