package dev.azscsp.ui.paste;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.diagnosis.input.Field;

class DomainPastedErrorReaderTest {
    final DomainPastedErrorReader reader = new DomainPastedErrorReader(ErrorCatalog.shipped());

    @Test
    void mapsTheReadersValuesOntoTheWizardsFields() {
        PastedError e = reader.read("New-AzResource : CustomerSubscriptionNotFound : e09a4e93-29a7-4eba-a6d4-76202383f07f was not "
                + "found under reg1. Make sure a valid Azure subscription is being used and that the subscription ID was added to the "
                + "registration using the PUT operation.\n-ResourceId \"/subscriptions/dd8597b4-8739-4467-8b10-f8679f62bfbf/resourceGroups/"
                + "azurestack/providers/Microsoft.AzureStack/registrations/reg1/customerSubscriptions/e09a4e93-29a7-4eba-a6d4-76202383f07f\"");
        assertThat(e.primaryCode()).isEqualTo("CustomerSubscriptionNotFound");
        assertThat(e.values()).containsEntry(Field.SUBSCRIPTION_ID, "dd8597b4-8739-4467-8b10-f8679f62bfbf")
                .containsEntry(Field.RESOURCE_GROUP, "azurestack").containsEntry(Field.REGISTRATION_NAME, "reg1")
                .containsEntry(Field.CUSTOMER_SUBSCRIPTION_ID, "e09a4e93-29a7-4eba-a6d4-76202383f07f");
    }

    @Test
    void nothingRecognizedGivesNoCode() {
        PastedError e = reader.read("hello");
        assertThat(e.primaryCode()).isNull();
        assertThat(e.codes()).isEmpty();
    }
}
