package dev.azscsp.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.azscsp.app.Cloud;
import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.FakeUiThread;
import dev.azscsp.ui.common.I18n;

/** The custom cloud's endpoint field follows the command line's rule: an https origin, nothing after it. */
class ConnectEndpointRuleTest {
    private final FakeUiThread ui = new FakeUiThread();

    @AfterEach
    void close() {
        ui.close();
    }

    private ConnectViewModel vm(Language lang) {
        ConnectViewModel vm = ui.call(() -> new ConnectViewModel(new I18n(lang), ui.background(),
                (c, dc) -> new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO)));
        ui.run(() -> vm.cloudProperty().set(Cloud.CUSTOM));
        return vm;
    }

    @Test
    void aPathQueryOrFragmentBlocksNextWithItsOwnMessage() {
        ConnectViewModel vm = vm(Language.EN);
        for (String v : new String[] {"https://management.example.com/foo", "https://management.example.com?x=1",
                "https://management.example.com/#f"}) {
            ui.run(() -> vm.armEndpoint().set(v));
            assertThat(ui.call(vm::isValid)).as(v).isFalse();
            assertThat(ui.call(() -> vm.armEndpoint().messageProperty().get())).as(v).contains("path");
        }
    }

    @Test
    void capitalsAndATrailingSlashAreFine() {
        ConnectViewModel vm = vm(Language.EN);
        for (String v : new String[] {"HTTPS://management.example.com", "https://management.example.com/", "https://Management.Example.com:8443"}) {
            ui.run(() -> vm.armEndpoint().set(v));
            assertThat(ui.call(vm::isValid)).as(v).isTrue();
        }
    }

    @Test
    void theFrenchMessageUsesFrenchTypography() {
        ConnectViewModel vm = vm(Language.FR);
        ui.run(() -> vm.armEndpoint().set("https://management.example.com/foo"));
        assertThat(ui.call(() -> vm.armEndpoint().messageProperty().get())).contains("chemin", "\u00a0:").doesNotContain(" :");
    }
}
