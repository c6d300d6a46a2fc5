package dev.azscsp.ui.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.api.Registration;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.i18n.Language;
import dev.azscsp.settings.RecentRegistration;
import dev.azscsp.settings.Settings;
import dev.azscsp.ui.FakeUiThread;
import dev.azscsp.ui.common.I18n;

class RegistrationViewModelTest {
    private static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    private final FakeUiThread ui = new FakeUiThread();
    private final I18n i18n = new I18n(Language.EN);
    private Scenario scenario = Scenario.HEALTHY;

    @AfterEach
    void close() {
        ui.close();
    }

    private RegistrationViewModel vm() {
        return ui.call(() -> new RegistrationViewModel(i18n, ui.background(),
                () -> CompletableFuture.<RegistrationApi>completedFuture(new SimulatedAzure(scenario, Duration.ZERO))));
    }

    @Test
    void theResourceGroupDefaultsToAzurestackAndEveryRequiredFieldBlocks() {
        RegistrationViewModel vm = vm();
        assertThat(ui.call(() -> vm.resourceGroup().value())).isEqualTo("azurestack");
        assertThat(ui.call(vm::isValid)).isFalse();
        ui.run(() -> {
            vm.subscriptionId().set(SUB);
            vm.registrationName().set("AzureStack-5bf881b2-6be7-42a1-9f47-d6fcb6737747");
        });
        assertThat(ui.call(vm::isValid)).isTrue();
        ui.run(() -> vm.stampCloudId().set("not-a-guid"));
        assertThat(ui.call(vm::isValid)).as("an optional field still has to be well formed").isFalse();
    }

    @Test
    void findListsTheSubscriptionsRegistrationsAndPickingOneFillsTheFields() {
        RegistrationViewModel vm = vm();
        ui.run(() -> vm.subscriptionId().set(SUB));
        assertThat(ui.call(() -> vm.canFindProperty().get())).isTrue();
        ui.call(vm::find).ended().join();
        assertThat(ui.call(() -> vm.found().stream().map(Registration::name).toList()))
                .containsExactly("AzureStack-5bf881b2-6be7-42a1-9f47-d6fcb6737747", "AzureStack-9c2f3a10-41d7-4e55-a0b3-7d1e6f2c8a44");
        assertThat(ui.call(() -> vm.findStatusProperty().get())).startsWith("2 registrations in this subscription.");
        ui.run(() -> vm.use(vm.found().get(1)));
        assertThat(ui.call(() -> vm.registrationName().value())).isEqualTo("AzureStack-9c2f3a10-41d7-4e55-a0b3-7d1e6f2c8a44");
        assertThat(ui.call(() -> vm.stampCloudId().value())).as("the stamp's CloudID is the admin's input, never the registration's")
                .isEmpty();
        ui.run(() -> vm.stampCloudId().set("5bf881b2-6be7-42a1-9f47-d6fcb6737747"));
        ui.run(() -> vm.use(vm.found().get(1)));
        assertThat(ui.call(() -> vm.stampCloudId().value())).isEqualTo("5bf881b2-6be7-42a1-9f47-d6fcb6737747");
    }

    @Test
    void theHintUnderTheListDoesNotPromiseTheCloudIdWhichPickingLeavesAlone() {
        // Picking a row leaves the stamp CloudID as typed (see the test above); the hint said it filled it in.
        for (Language l : Language.values()) {
            String hint = new I18n(l).get("registration.found.help");
            String firstSentence = hint.substring(0, hint.indexOf('.'));
            assertThat(firstSentence).as(l + ": what picking fills in").doesNotContain("CloudID");
            assertThat(hint).as(l + ": says the CloudID is typed by the admin").contains("CloudID");
        }
    }

    @Test
    void aFailedListSaysWhyAndAnotherSubscriptionClearsTheList() {
        scenario = Scenario.NOT_AUTHORIZED;
        RegistrationViewModel vm = vm();
        ui.run(() -> vm.subscriptionId().set(SUB));
        ui.call(vm::find).ended().join();
        assertThat(ui.call(() -> vm.findStateProperty().get())).isEqualTo(dev.azscsp.ui.common.Worker.State.FAILED);
        assertThat(ui.call(() -> vm.findStatusProperty().get())).startsWith("The registrations could not be listed: AuthorizationFailed:");
        ui.run(() -> vm.subscriptionId().set("e09a4e93-29a7-4eba-a6d4-76202383f07f"));
        assertThat(ui.call(() -> vm.findStateProperty().get())).isEqualTo(dev.azscsp.ui.common.Worker.State.IDLE);
    }

    @Test
    void findNeedsAWellFormedSubscription() {
        RegistrationViewModel vm = vm();
        ui.run(() -> vm.subscriptionId().set("12345"));
        assertThat(ui.call(() -> vm.canFindProperty().get())).isFalse();
    }

    @Test
    void theLastRecentRegistrationIsOfferedFirst() {
        RegistrationViewModel vm = vm();
        Settings s = Settings.defaults().withRecentRegistration(new RecentRegistration(SUB, "rg1", "reg1", null));
        ui.run(() -> vm.load(s));
        assertThat(ui.call(() -> vm.registrationName().value())).isEqualTo("reg1");
        assertThat(ui.call(vm::recents)).hasSize(1);
        assertThat(ui.call(vm::toRecent)).isEqualTo(new RecentRegistration(SUB, "rg1", "reg1", null));
    }
}
