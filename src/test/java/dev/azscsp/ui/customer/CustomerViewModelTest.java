package dev.azscsp.ui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.junit.jupiter.api.Test;

import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.common.I18n;

class CustomerViewModelTest {
    private static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    private static final String CUSTOMER = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    private final I18n i18n = new I18n(Language.EN);
    private final StringProperty registrationSubscription = new SimpleStringProperty(SUB);
    private CustomerViewModel vm;

    private CustomerViewModel vm() {
        vm = new CustomerViewModel(i18n, () -> new RawInput(registrationSubscription.get(), "azurestack", "reg1",
                vm.customerSubscriptionId().value(), vm.customerTenantId().value(), null, vm.intentProperty().get()),
                registrationSubscription);
        return vm;
    }

    @Test
    void theCustomerSubscriptionIsRequiredAndTheTenantOptional() {
        CustomerViewModel c = vm();
        assertThat(c.isValid()).isFalse();
        c.customerSubscriptionId().set(CUSTOMER);
        assertThat(c.isValid()).isTrue();
        c.customerTenantId().set("nope");
        assertThat(c.isValid()).isFalse();
    }

    @Test
    void theRegistrationsOwnSubscriptionIsRefusedWithAClearMessage() {
        CustomerViewModel c = vm();
        c.customerSubscriptionId().set(SUB);
        assertThat(c.isValid()).isFalse();
        assertThat(c.crossFieldMessageProperty().get()).startsWith("The customer subscription is the registration subscription itself.");
        registrationSubscription.set("11111111-2222-4333-8444-555555555555");
        assertThat(c.isValid()).as("it follows the other step").isTrue();
        assertThat(c.crossFieldMessageProperty().get()).isEmpty();
    }

    @Test
    void addNowNamesExactlyTheResourceToWrite() {
        CustomerViewModel c = vm();
        c.customerSubscriptionId().set(" {" + CUSTOMER + "} ");
        assertThat(c.writeTargetProperty().get()).isEmpty();
        c.intentProperty().set(Intent.ADD);
        assertThat(c.writeTargetProperty().get()).isEqualTo("/subscriptions/" + SUB
                + "/resourceGroups/azurestack/providers/Microsoft.AzureStack/registrations/reg1/customerSubscriptions/" + CUSTOMER);
    }

    @Test
    void capitalLettersWarnWithoutBlocking() {
        CustomerViewModel c = vm();
        c.customerSubscriptionId().set(CUSTOMER.toUpperCase());
        assertThat(c.isValid()).isTrue();
        assertThat(c.customerSubscriptionId().messageProperty().get()).contains("case-sensitively");
    }

    @Test
    void clearForgetsTheCustomerAndTheIntent() {
        CustomerViewModel c = vm();
        c.fill(new RawInput(null, null, null, CUSTOMER, "dbab3982-796f-4d03-9908-044c08aef8a2", null, Intent.ADD));
        assertThat(c.toRecent().tenantId()).isEqualTo("dbab3982-796f-4d03-9908-044c08aef8a2");
        c.clear();
        assertThat(c.customerSubscriptionId().value()).isEmpty();
        assertThat(c.intentProperty().get()).isEqualTo(Intent.VERIFY);
    }
}
