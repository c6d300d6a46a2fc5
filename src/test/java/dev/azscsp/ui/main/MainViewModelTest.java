package dev.azscsp.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.azscsp.ui.common.Worker;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.i18n.Language;
import dev.azscsp.settings.Settings;
import dev.azscsp.settings.SettingsStore;
import dev.azscsp.ui.FakeUiThread;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.SettingsKeeper;
import dev.azscsp.ui.paste.FakePastedErrorReader;
import dev.azscsp.ui.paste.PastedError;

class MainViewModelTest {
    private final FakeUiThread ui = new FakeUiThread();
    private final FakePastedErrorReader reader = new FakePastedErrorReader();
    @TempDir Path home;
    private SettingsKeeper settings;

    @AfterEach
    void close() {
        if (settings != null) settings.close();
        ui.close();
    }

    private MainViewModel vm() {
        settings = new SettingsKeeper(new SettingsStore(home));
        Services s = new Services(new I18n(Language.EN), ui.background(), ErrorCatalog.shipped(), settings,
                (c, dc) -> new SimulatedAzure(c.scenario() == null ? Scenario.HEALTHY : c.scenario(),
                        c.scenario() == Scenario.SLOW ? Duration.ofMillis(2500) : Duration.ZERO),
                reader, url -> { }, (base, formats) -> java.util.Optional.empty(), java.util.Optional::empty, (id, tenant) -> true);
        return ui.call(() -> new MainViewModel(s));
    }

    @Test
    void theStartPageHasNoFooterAndEachWayInHasItsPage() {
        MainViewModel vm = vm();
        assertThat(ui.call(vm::page)).isEqualTo(Page.START);
        assertThat(ui.call(vm::footer)).isEqualTo(Footer.none());
        ui.run(() -> vm.go(Page.CATALOG));
        assertThat(ui.call(vm::footer).backKey()).isEqualTo("nav.home");
        ui.run(vm::back);
        assertThat(ui.call(vm::page)).isEqualTo(Page.START);
    }

    @Test
    void nextIsBlockedWhileAStepIsInvalid() {
        MainViewModel vm = vm();
        ui.run(() -> { vm.connect().useDemo(Scenario.HEALTHY); vm.go(Page.CONNECT); });
        ui.run(vm::next);
        assertThat(ui.call(vm::page)).isEqualTo(Page.REGISTRATION);
        ui.run(() -> vm.registration().subscriptionId().set("not-a-guid"));
        Footer f = ui.call(vm::footer);
        assertThat(f.nextEnabled()).isFalse();
        assertThat(f.hintKey()).isEqualTo("hint.fixFields");
        ui.run(vm::next);
        assertThat(ui.call(vm::page)).isEqualTo(Page.REGISTRATION);
    }

    @Test
    void theDemoFillsEveryStepAndEndsOnItsCard() {
        MainViewModel vm = vm();
        ui.run(() -> vm.startDemo(Scenario.MISSING_PROVIDER));
        assertThat(ui.call(vm::page)).isEqualTo(Page.CONNECT);
        ui.run(vm::next);
        ui.run(vm::next);
        assertThat(ui.call(() -> vm.customer().intentProperty().get())).isEqualTo(Intent.CHECK_BEFORE_ADD);
        assertThat(ui.call(vm::footer).nextKey()).isEqualTo("nav.run");
        ui.run(vm::next);
        ui.await(() -> vm.page() == Page.RESULT);
        assertThat(ui.call(() -> vm.result().primaryCardProperty().get().code())).isEqualTo("MissingSubscriptionRegistration");
        Settings saved = settings.get();
        assertThat(saved.signIn()).isEqualTo("demo");
        assertThat(saved.scenario()).isEqualTo("missing-provider");
        assertThat(saved.recentRegistrations()).as("the demo's made-up values are not offered as recents").isEmpty();
        assertThat(saved.recentCustomers()).isEmpty();
    }

    @Test
    void aRegistrationFoundMissingIsNoLongerOfferedAsRecent() {
        MainViewModel vm = vm();
        ui.run(() -> {
            vm.connect().signInProperty().set(dev.azscsp.app.SignIn.SERVICE_PRINCIPAL);
            vm.connect().tenantId().set("72f988bf-86f1-41af-91ab-2d7cd011db47");
            vm.connect().clientId().set("0f5c1a2e-8e7b-4a43-9d2b-6c3e1f0a9b77");
            vm.connect().clientSecret().set("not-a-real-secret");
            vm.registration().fill(Scenario.HEALTHY.input());
            vm.customer().fill(Scenario.HEALTHY.input());
            vm.go(Page.CUSTOMER);
        });
        ui.run(vm::runChecks);
        ui.await(() -> vm.page() == Page.RESULT);
        assertThat(settings.get().recentRegistrations()).extracting(r -> r.registrationName())
                .containsExactly(Scenario.HEALTHY.input().registrationName());

        ui.run(() -> { vm.registration().registrationName().set("AzureStack-not-there"); vm.go(Page.CUSTOMER); });
        ui.run(vm::runChecks);
        ui.await(() -> vm.page() == Page.RESULT && vm.result().primaryCardProperty().get() != null);
        assertThat(ui.call(() -> vm.result().primaryCardProperty().get().code())).isEqualTo("RegistrationNotFound");
        assertThat(settings.get().recentRegistrations()).extracting(r -> r.registrationName())
                .containsExactly(Scenario.HEALTHY.input().registrationName());
        assertThat(ui.call(() -> vm.registration().recents().stream().map(r -> r.registrationName()).toList()))
                .containsExactly(Scenario.HEALTHY.input().registrationName());
    }

    @Test
    void cancelDuringTheChecksShowsACancelledResult() {
        MainViewModel vm = vm();
        ui.run(() -> { vm.startDemo(Scenario.SLOW); vm.go(Page.CUSTOMER); vm.next(); });
        assertThat(ui.call(vm::page)).isEqualTo(Page.CHECKS);
        assertThat(ui.call(vm::footer).cancelKey()).isEqualTo("nav.cancelChecks");
        assertThat(ui.call(vm::footer).backEnabled()).isFalse();
        ui.await(() -> vm.checks().finishedProperty().get() >= 1);
        ui.run(vm::cancel);
        ui.await(() -> vm.page() == Page.RESULT, Duration.ofSeconds(3));
        assertThat(ui.call(() -> vm.result().headlineProperty().get())).isEqualTo("The checks were cancelled");
    }

    @Test
    void startOverKeepsTheRegistrationAndForgetsTheCustomer() {
        MainViewModel vm = vm();
        ui.run(() -> { vm.startDemo(Scenario.HEALTHY); vm.go(Page.CUSTOMER); vm.next(); });
        ui.await(() -> vm.page() == Page.RESULT);
        assertThat(ui.call(vm::footer).cancelKey()).isEqualTo("nav.startOver");
        ui.run(vm::cancel);
        assertThat(ui.call(vm::page)).isEqualTo(Page.START);
        assertThat(ui.call(() -> vm.customer().customerSubscriptionId().value())).isEmpty();
        assertThat(ui.call(() -> vm.registration().registrationName().value())).isNotEmpty();
        assertThat(ui.call(() -> vm.result().diagnosis())).isNull();
    }

    @Test
    void thePastedValuesStartTheWizard() {
        reader.answer("err", new PastedError(List.of("CustomerSubscriptionNotFound"), "CustomerSubscriptionNotFound",
                Map.of(Field.CUSTOMER_SUBSCRIPTION_ID, "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f")));
        MainViewModel vm = vm();
        ui.run(() -> vm.go(Page.PASTE));
        assertThat(ui.call(vm::footer).nextEnabled()).isFalse();
        ui.run(() -> vm.paste().textProperty().set("err"));
        assertThat(ui.call(vm::footer).nextEnabled()).isTrue();
        ui.run(vm::next);
        assertThat(ui.call(vm::page)).isEqualTo(Page.CONNECT);
        assertThat(ui.call(() -> vm.customer().customerSubscriptionId().value())).isEqualTo("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
    }

    @Test
    void languageAndThemeAreRemembered() {
        MainViewModel vm = vm();
        ui.run(() -> { vm.i18n().setLanguage(Language.FR); vm.toggleTheme(); });
        settings.flush();
        assertThat(new SettingsStore(home).load().settings()).satisfies(s -> {
            assertThat(s.language()).isEqualTo("fr");
            assertThat(s.theme()).isEqualTo("dark");
        });
        settings.close();
        MainViewModel again = vm();
        assertThat(ui.call(() -> again.i18n().language())).isEqualTo(Language.FR);
        assertThat(ui.call(() -> again.themeProperty().get())).isEqualTo(Theme.DARK);
    }

    @Test
    void aBrokenSettingsFileIsAnnounced() throws Exception {
        Files.writeString(home.resolve("settings.json"), "{\"language\": \"fr\", ");
        MainViewModel vm = vm();
        assertThat(ui.call(() -> vm.settingsNoticeShownProperty().get())).isTrue();
        assertThat(ui.call(() -> vm.settingsNoticeProperty().get())).startsWith("Your settings file could not be read. It was kept as ")
                .contains("settings.json.broken-");
    }

    @Test
    void checkManyGoesThroughConnectAndRegistrationToItsPage() throws Exception {
        MainViewModel vm = vm();
        ui.run(vm::startBulk);
        assertThat(ui.call(vm::page)).isEqualTo(Page.CONNECT);
        assertThat(ui.call(vm::flow).steps()).containsExactly(Page.CONNECT, Page.REGISTRATION, Page.BULK);
        ui.run(() -> vm.connect().useDemo(Scenario.HEALTHY));
        ui.run(vm::next);
        assertThat(ui.call(vm::page)).isEqualTo(Page.REGISTRATION);
        assertThat(ui.call(() -> vm.registration().registrationName().value()))
                .as("the demo's registration, as nothing was typed").isEqualTo(Scenario.HEALTHY.input().registrationName());
        ui.run(vm::next);
        assertThat(ui.call(vm::page)).isEqualTo(Page.BULK);
        Footer f = ui.call(vm::footer);
        assertThat(f.nextKey()).isEqualTo("nav.run");
        assertThat(f.nextEnabled()).isFalse();
        assertThat(f.hintKey()).isEqualTo("hint.bulkFile");

        Path csv = Files.writeString(home.resolve("in.csv"), "customerSubscriptionId\ne09a4e93-29a7-4eba-a6d4-76202383f07f\n");
        ui.call(() -> vm.bulk().load(csv)).ended().join();
        assertThat(ui.call(vm::footer).nextEnabled()).isTrue();
        ui.run(vm::next);
        ui.await(() -> vm.bulk().state() == dev.azscsp.ui.common.Worker.State.DONE);
        assertThat(ui.call(() -> vm.bulk().results().get(0).status())).isEqualTo(dev.azscsp.diagnosis.bulk.RowStatus.OK);
        assertThat(ui.call(vm::footer).nextKey()).isEqualTo("nav.runAgain");
        assertThat(settings.get().recentRegistrations()).as("demo values are not remembered").isEmpty();

        ui.run(vm::back);
        assertThat(ui.call(vm::page)).isEqualTo(Page.REGISTRATION);
        ui.run(() -> vm.registration().subscriptionId().set("not-a-guid"));
        ui.run(() -> vm.go(Page.BULK));
        assertThat(ui.call(vm::footer).hintKey()).isEqualTo("hint.bulkRegistration");
        ui.run(vm::startWizard);
        assertThat(ui.call(vm::flow)).isEqualTo(Flow.SINGLE);
    }

    @Test
    void aTypedRegistrationIsNotReplacedByTheDemos() {
        MainViewModel vm = vm();
        ui.run(() -> {
            vm.startBulk();
            vm.registration().registrationName().set("MyRegistration");
            vm.connect().useDemo(Scenario.HEALTHY);
            vm.next();
        });
        assertThat(ui.call(() -> vm.registration().registrationName().value())).isEqualTo("MyRegistration");
        assertThat(ui.call(() -> vm.registration().subscriptionId().value())).isEmpty();
    }
}
