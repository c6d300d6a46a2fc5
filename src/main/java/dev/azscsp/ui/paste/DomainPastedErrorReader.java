package dev.azscsp.ui.paste;

import java.util.EnumMap;
import java.util.Map;

import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.paste.ErrorTextReader;
import dev.azscsp.diagnosis.paste.Extracted;
import dev.azscsp.diagnosis.paste.PasteResult;

/** The paste page's reader: the domain's {@link ErrorTextReader}, its values mapped onto the wizard's fields. */
public final class DomainPastedErrorReader implements PastedErrorReader {
    private final ErrorTextReader reader;

    public DomainPastedErrorReader(ErrorCatalog catalog) {
        reader = ErrorTextReader.fromCatalog(catalog);
    }

    @Override
    public PastedError read(String text) {
        PasteResult r = reader.read(text);
        Extracted e = r.extracted();
        Map<Field, String> v = new EnumMap<>(Field.class);
        put(v, Field.SUBSCRIPTION_ID, e.subscriptionId());
        put(v, Field.RESOURCE_GROUP, e.resourceGroup());
        put(v, Field.REGISTRATION_NAME, e.registrationName());
        put(v, Field.CUSTOMER_SUBSCRIPTION_ID, e.customerSubscriptionId());
        Map<Field, String> lookalikes = new EnumMap<>(Field.class);
        e.lookalikeIds().forEach((p, id) -> Field.of(p).ifPresent(f -> lookalikes.put(f, id)));
        Map<String, String> details = new java.util.LinkedHashMap<>();
        details.put(PastedError.CORRELATION_ID, e.correlationId());
        details.put(PastedError.REQUEST_ID, e.requestId());
        details.put(PastedError.DATE, e.timestamp());
        details.put(PastedError.HTTP_STATUS, e.httpStatus() == null ? null : e.httpStatus().toString());
        details.put(PastedError.RETRY_AFTER, e.retryAfterSeconds() == null ? null : e.retryAfterSeconds() + " s");
        return new PastedError(r.codes(), r.primaryCode(), v, lookalikes, details, e.otherValues(),
                r.primaryCode() == null || r.messageSeen(r.primaryCode()));
    }

    private static void put(Map<Field, String> v, Field f, String value) {
        if (value != null) v.put(f, value);
    }
}
