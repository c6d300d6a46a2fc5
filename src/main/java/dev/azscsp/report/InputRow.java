package dev.azscsp.report;

import java.util.ArrayList;
import java.util.List;

import dev.azscsp.diagnosis.RegistrationTarget;
import dev.azscsp.diagnosis.Text;
import dev.azscsp.i18n.Language;

/** One line of the "your values" table of a ticket. */
public record InputRow(String label, String value) {

    /** The target's fields that were given, labelled in a language. */
    public static List<InputRow> of(RegistrationTarget t, Language lang) {
        List<InputRow> rows = new ArrayList<>();
        add(rows, "field.SUBSCRIPTION_ID", t.subscriptionId(), lang);
        add(rows, "field.RESOURCE_GROUP", t.resourceGroup(), lang);
        add(rows, "field.REGISTRATION_NAME", t.registrationName(), lang);
        add(rows, "field.STAMP_CLOUD_ID", t.stampCloudId(), lang);
        add(rows, "field.CUSTOMER_SUBSCRIPTION_ID", t.customerSubscriptionId(), lang);
        add(rows, "field.CUSTOMER_TENANT_ID", t.customerTenantId(), lang);
        return rows;
    }

    private static void add(List<InputRow> rows, String key, String value, Language lang) {
        if (value != null && !value.isBlank()) rows.add(new InputRow(Text.of(key).in(lang), value));
    }
}
