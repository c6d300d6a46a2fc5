package dev.azscsp.ui.paste;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.diagnosis.input.Field;

class InterimPastedErrorReaderTest {
    private final InterimPastedErrorReader reader = new InterimPastedErrorReader(ErrorCatalog.shipped());

    @Test
    void findsCodesMostDecisiveFirstAndTheIdsOfAResourcePath() {
        PastedError r = reader.read("""
                {"error":{"code":"AuthorizationFailed"}} then "code": "registrationnotfound" for
                /subscriptions/dd8597b4-8739-4467-8b10-f8679f62bfbf/resourceGroups/azurestack/providers/Microsoft.AzureStack/registrations/reg1/customerSubscriptions/e09a4e93-29a7-4eba-a6d4-76202383f07f?api-version=2017-06-01
                tenant: dbab3982-796f-4d03-9908-044c08aef8a2
                """);
        assertThat(r.codes()).containsExactly("RegistrationNotFound", "AuthorizationFailed");
        assertThat(r.primaryCode()).isEqualTo("RegistrationNotFound");
        assertThat(r.values()).containsEntry(Field.SUBSCRIPTION_ID, "dd8597b4-8739-4467-8b10-f8679f62bfbf")
                .containsEntry(Field.RESOURCE_GROUP, "azurestack").containsEntry(Field.REGISTRATION_NAME, "reg1")
                .containsEntry(Field.CUSTOMER_SUBSCRIPTION_ID, "e09a4e93-29a7-4eba-a6d4-76202383f07f")
                .containsEntry(Field.CUSTOMER_TENANT_ID, "dbab3982-796f-4d03-9908-044c08aef8a2");
    }

    @Test
    void aCodeInsideALongerWordIsNotACode() {
        assertThat(reader.read("XResourceNotFoundY").recognized()).isFalse();
        assertThat(reader.read("").recognized()).isFalse();
        assertThat(reader.read(null).codes()).isEmpty();
    }
}
