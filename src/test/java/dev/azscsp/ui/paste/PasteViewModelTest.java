package dev.azscsp.ui.paste;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.i18n.Language;
import dev.azscsp.report.InputRow;
import dev.azscsp.ui.common.I18n;

class PasteViewModelTest {
    private static final String TEXT = "PUT failed: BadCustomerSubscriptionId ...";
    private final I18n i18n = new I18n(Language.EN);
    private final FakePastedErrorReader reader = new FakePastedErrorReader().answer(TEXT, new PastedError(
            List.of("BadCustomerSubscriptionId", "AuthorizationFailed"), "BadCustomerSubscriptionId",
            Map.of(Field.SUBSCRIPTION_ID, "dd8597b4-8739-4467-8b10-f8679f62bfbf", Field.REGISTRATION_NAME, "reg1",
                    Field.CUSTOMER_SUBSCRIPTION_ID, "7f4c2b1e-93d8-4a6e-b0f5-2c8e1d9a3b67")));
    private final dev.azscsp.ui.FakeUiThread ui = new dev.azscsp.ui.FakeUiThread();
    private final PasteViewModel vm = new PasteViewModel(i18n, ErrorCatalog.shipped(), reader, ui.background());

    @org.junit.jupiter.api.AfterEach
    void close() {
        ui.close();
    }

    @Test
    void emptyTextAsksForText() {
        assertThat(vm.recognizedProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("The card appears here as soon as there is text.");
        assertThat(vm.cardProperty().get()).isNull();
    }

    @Test
    void aRecognizedTextShowsThePrimaryCardWithTheValuesFound() {
        vm.textProperty().set(TEXT);
        assertThat(vm.recognizedProperty().get()).isTrue();
        assertThat(reader.lastText).isEqualTo(TEXT);
        assertThat(vm.statusProperty().get()).isEqualTo("Recognized: BadCustomerSubscriptionId, and 1 other code.");
        assertThat(vm.cardProperty().get().code()).isEqualTo("BadCustomerSubscriptionId");
        assertThat(vm.cardProperty().get().details()).contains("7f4c2b1e-93d8-4a6e-b0f5-2c8e1d9a3b67").contains("reg1");
        assertThat(vm.otherCodes()).containsExactly("AuthorizationFailed");
        assertThat(vm.valueRows()).extracting(InputRow::label)
                .containsExactly("Registration subscription ID", "Registration name", "Customer subscription ID");
        assertThat(vm.ticketPlain()).startsWith("BadCustomerSubscriptionId \u2014 ").contains("reg1");
    }

    @Test
    void theValuesFoundBecomeWizardInputAndMissingOnesStayNull() {
        vm.textProperty().set(TEXT);
        RawInput in = vm.toRawInput();
        assertThat(in.subscriptionId()).isEqualTo("dd8597b4-8739-4467-8b10-f8679f62bfbf");
        assertThat(in.resourceGroup()).isNull();
        assertThat(in.customerSubscriptionId()).isEqualTo("7f4c2b1e-93d8-4a6e-b0f5-2c8e1d9a3b67");
        assertThat(in.intent()).as("a paste starts a fresh question, from verify, which never writes").isEqualTo(dev.azscsp.diagnosis.Intent.VERIFY);
    }

    @Test
    void theCardFollowsTheLanguage() {
        vm.textProperty().set(TEXT);
        String en = vm.cardProperty().get().title();
        i18n.setLanguage(Language.FR);
        assertThat(vm.cardProperty().get().title()).isNotEqualTo(en);
        assertThat(vm.cardProperty().get().language()).isEqualTo(Language.FR);
    }

    @Test
    void unknownTextAndAnUnknownCodeAreNotRecognized() {
        vm.textProperty().set("something else");
        assertThat(vm.statusProperty().get()).startsWith("No known error code was found in this text.");
        reader.answer("x", new PastedError(List.of("NoSuchCode"), "NoSuchCode", Map.of()));
        vm.textProperty().set("x");
        assertThat(vm.recognizedProperty().get()).isFalse();
        assertThat(vm.cardProperty().get()).isNull();
    }

    @Test
    void aLongPasteIsReadInTheBackground() {
        String log = "x".repeat(PasteViewModel.READ_AT_ONCE) + "\n" + TEXT;
        reader.answer(log, reader.read(TEXT));
        ui.run(() -> vm.textProperty().set(log));
        ui.await(() -> !vm.busyProperty().get());
        assertThat(ui.call(() -> vm.cardProperty().get().code())).isEqualTo("BadCustomerSubscriptionId");
        assertThat(reader.lastText).isEqualTo(log);
    }

    @Test
    void aReaderThatThrowsDoesNotTakeThePageDown() {
        PasteViewModel broken = new PasteViewModel(i18n, ErrorCatalog.shipped(), t -> { throw new IllegalStateException("bug"); }, ui.background());
        broken.textProperty().set("anything");
        assertThat(broken.recognizedProperty().get()).isFalse();
        assertThat(broken.reading()).isEqualTo(PastedError.nothing());
    }

    @Test
    void idsThatOnlyLookLikeIdsAreNamedInTheUsersLanguage() {
        String fullWidth = "\uff44\uff44\uff18\uff15\uff19\uff17\uff42\uff14-8739-4467-8b10-f8679f62bfbf";
        PasteViewModel real = new PasteViewModel(i18n, ErrorCatalog.shipped(), new DomainPastedErrorReader(ErrorCatalog.shipped()), ui.background());
        real.textProperty().set("RegistrationNotFound /subscriptions/" + fullWidth + "/resourceGroups/azurestack/providers/"
                + "Microsoft.AzureStack/registrations/reg1");
        assertThat(real.lookalikeNotes()).singleElement().asString().contains(fullWidth, "look-alike");
        assertThat(real.toRawInput().subscriptionId()).isNull();
        i18n.setLanguage(Language.FR);
        assertThat(real.lookalikeNotes()).singleElement().asString().contains("imitent");
    }

    @Test
    void correlationAndRequestIdsAreKeptOnThePageAndInTheTicket() {
        PasteViewModel real = new PasteViewModel(i18n, ErrorCatalog.shipped(), new DomainPastedErrorReader(ErrorCatalog.shipped()), ui.background());
        real.textProperty().set("""
                New-AzResource : {"error":{"code":"RegistrationNotFound","message":"The registration was not found."}}
                x-ms-correlation-request-id: 3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b
                x-ms-request-id: 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b
                Date: Mon, 30 Nov 2026 07:58:12 GMT
                """);
        assertThat(real.recognizedProperty().get()).isTrue();
        assertThat(real.valueRows()).extracting(InputRow::label).contains("x-ms-correlation-request-id", "x-ms-request-id", "Date");
        assertThat(real.valueRows()).extracting(InputRow::value).contains("3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b",
                "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b");
        assertThat(real.ticketPlain()).contains("x-ms-correlation-request-id: 3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b",
                "x-ms-request-id: 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "Mon, 30 Nov 2026 07:58:12 GMT");
    }

    /** The page's card is the one {@code explain} prints: same values, same rule for quoting the service's message. */
    @Test
    void thePageShowsTheCardExplainPrintsForTheSameText() {
        ErrorCatalog catalog = ErrorCatalog.shipped();
        PasteViewModel real = new PasteViewModel(i18n, catalog, new DomainPastedErrorReader(catalog), ui.background());
        ui.run(() -> real.textProperty().set("Status: 404\nCode: RegistrationNotFound\nMessage: Registration 'AzS-1' was not found.\n"));
        ErrorCard codeOnly = ui.call(() -> real.cardProperty().get());
        assertThat(codeOnly.code()).isEqualTo("RegistrationNotFound");
        assertThat(codeOnly.details()).as("the text did not hold the service's message").doesNotContain("The provided registration was not found");

        ui.run(() -> real.textProperty().set("$ az login\nAADSTS50126: Error validating credentials due to invalid username or password.\n"));
        ErrorCard entra = ui.call(() -> real.cardProperty().get());
        assertThat(entra.code()).isEqualTo("AADSTS");
        assertThat(dev.azscsp.report.TicketText.plain(entra, List.of(), null, false)).contains("AADSTS50126")
                .doesNotContain("<the AADSTS number in the text>");
    }
}
