package dev.azscsp.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.demo.Scenario;
import dev.azscsp.i18n.Language;
import dev.azscsp.settings.SettingsStore;
import dev.azscsp.ui.FakeUiThread;
import dev.azscsp.ui.HeldWrite;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.SettingsKeeper;
import dev.azscsp.ui.paste.FakePastedErrorReader;
import dev.azscsp.ui.result.ResultViewModel.AddState;

/** While the PUT is in flight the window holds still: nothing can clear, leave or restart the page under it. */
class WriteInFlightTest {
    private final FakeUiThread ui = new FakeUiThread();
    private final HeldWrite held = new HeldWrite();
    @TempDir Path home;
    private SettingsKeeper settings;

    @AfterEach
    void close() {
        held.answer();
        if (settings != null) settings.close();
        ui.close();
    }

    private MainViewModel vm() {
        settings = new SettingsKeeper(new SettingsStore(home));
        Services s = new Services(new I18n(Language.EN), ui.background(), ErrorCatalog.shipped(), settings,
                (c, dc) -> held.api(c.scenario()), new FakePastedErrorReader(), url -> { },
                (base, formats) -> java.util.Optional.empty(), java.util.Optional::empty, (id, tenant) -> true);
        return ui.call(() -> new MainViewModel(s));
    }

    @Test
    void escapeHomeAndRunAgainWaitForTheWriteAndItsAnswerIsKept() {
        MainViewModel vm = vm();
        ui.run(() -> vm.startDemo(Scenario.UNAUTHORIZED_CSP_REGISTRATION));
        ui.run(vm::runChecks);
        ui.await(() -> vm.result().addStateProperty().get() == AddState.ADDING);
        assertThat(ui.call(vm::page)).isEqualTo(Page.RESULT);
        assertThat(ui.call(vm::isRunning)).as("the home button and the window's close follow this").isTrue();

        ui.run(vm::cancel);                    // Escape on the result page
        ui.run(vm::startOver);
        ui.run(() -> vm.go(Page.START));       // the home button
        ui.run(vm::next);                      // "Run again"
        ui.run(vm::back);
        assertThat(ui.call(vm::page)).isEqualTo(Page.RESULT);
        assertThat(ui.call(() -> vm.result().diagnosis())).isNotNull();
        assertThat(ui.call(() -> vm.result().addStateProperty().get())).isEqualTo(AddState.ADDING);
        assertThat(ui.call(vm::footer).cancelKey()).as("no Start over while writing").isNull();

        held.answer();
        ui.await(() -> vm.result().addStateProperty().get() == AddState.ADDED);
        assertThat(ui.call(() -> vm.result().addMessageProperty().get()))
                .isEqualTo("Azure refused to add the customer subscription: the card below says why.");
        assertThat(ui.call(() -> vm.result().primaryCardProperty().get().code())).isEqualTo("UnauthorizedCspRegistration");
        assertThat(ui.call(vm::isRunning)).isFalse();
        ui.run(vm::cancel);
        assertThat(ui.call(vm::page)).as("once answered, Start over works again").isEqualTo(Page.START);
    }
}
