package dev.azscsp.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.azscsp.ui.common.Worker;
import dev.azscsp.app.Cloud;
import dev.azscsp.app.Connection;
import dev.azscsp.app.DeviceCode;
import dev.azscsp.app.SignIn;
import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.i18n.Language;
import dev.azscsp.settings.Settings;
import dev.azscsp.ui.FakeUiThread;
import dev.azscsp.app.ApiFactory;
import dev.azscsp.ui.common.Failures;
import dev.azscsp.ui.common.I18n;

class ConnectViewModelTest {
    private final FakeUiThread ui = new FakeUiThread();
    private final I18n i18n = new I18n(Language.EN);
    private final List<String> connectedOn = new CopyOnWriteArrayList<>();
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private ApiFactory factory = (c, dc) -> {
        connectedOn.add(Thread.currentThread().getName());
        connections.add(c);
        return new SimulatedAzure(c.scenario() == null ? Scenario.HEALTHY : c.scenario(), Duration.ZERO);
    };

    @AfterEach
    void close() {
        ui.close();
    }

    private ConnectViewModel vm() {
        return ui.call(() -> new ConnectViewModel(i18n, ui.background(), (c, dc) -> factory.connect(c, dc)));
    }

    @Test
    void choosingAMethodPreparesTheClientOffTheUiThread() {
        ConnectViewModel vm = vm();
        ui.run(() -> vm.useDemo(Scenario.THROTTLED));
        // Picking the demo may first prepare a client for the default scenario, then one for THROTTLED: wait for that one
        // (waiting for the first client only failed now and then on a busy machine).
        ui.await(() -> connections.stream().anyMatch(c -> c.scenario() == Scenario.THROTTLED));
        assertThat(connectedOn).allSatisfy(t -> assertThat(t).startsWith("ui-worker-"));
        ui.await(() -> !vm.preparingProperty().get());
        int before = connections.size();
        ui.call(vm::api).join();
        assertThat(connections).as("the prepared client is reused").hasSize(before);
    }

    @Test
    void aServicePrincipalNeedsTenantClientIdAndSecret() {
        ConnectViewModel vm = vm();
        ui.run(() -> vm.signInProperty().set(SignIn.SERVICE_PRINCIPAL));
        assertThat(ui.call(vm::isValid)).isFalse();
        ui.run(() -> {
            vm.tenantId().set("contoso.onmicrosoft.com");
            vm.clientId().set("not-a-guid");
            vm.clientSecret().set("s3cret!");
        });
        assertThat(ui.call(() -> vm.clientId().messageProperty().get())).contains("must be a GUID");
        ui.run(() -> vm.clientId().set("0a1b2c3d-0000-4000-8000-00000000abcd"));
        assertThat(ui.call(vm::isValid)).isTrue();
        Connection c = ui.call(vm::connection);
        assertThat(c.clientSecret()).containsExactly("s3cret!".toCharArray());
        assertThat(c.toString()).doesNotContain("s3cret!");
    }

    @Test
    void aCustomCloudNeedsAnHttpsEndpoint() {
        ConnectViewModel vm = vm();
        ui.run(() -> vm.cloudProperty().set(Cloud.CUSTOM));
        assertThat(ui.call(vm::isValid)).isFalse();
        ui.run(() -> vm.armEndpoint().set("http://management.local"));
        assertThat(ui.call(() -> vm.armEndpoint().messageProperty().get())).contains("https://");
        ui.run(() -> vm.armEndpoint().set("https://management.local"));
        assertThat(ui.call(vm::isValid)).isTrue();
        assertThat(ui.call(vm::connection).armEndpoint()).isEqualTo("https://management.local");
    }

    @Test
    void theSecretIsNeverRemembered() {
        ConnectViewModel vm = vm();
        ui.run(() -> {
            vm.signInProperty().set(SignIn.SERVICE_PRINCIPAL);
            vm.tenantId().set("contoso.onmicrosoft.com");
            vm.clientId().set("0a1b2c3d-0000-4000-8000-00000000abcd");
            vm.clientSecret().set("s3cret!");
        });
        Settings s = ui.call(() -> vm.save(Settings.defaults()));
        assertThat(s.toString()).doesNotContain("s3cret!");
        assertThat(s.signIn()).isEqualTo("service-principal");
        assertThat(s.clientId()).isEqualTo("0a1b2c3d-0000-4000-8000-00000000abcd");
        ConnectViewModel again = vm();
        ui.run(() -> again.load(s));
        assertThat(ui.call(() -> again.clientSecret().value())).isEmpty();
        assertThat(ui.call(() -> again.signInProperty().get())).isEqualTo(SignIn.SERVICE_PRINCIPAL);
    }

    @Test
    void aCustomCloudLeftHalfTypedDoesNotBlockTheDemo() {
        ConnectViewModel vm = vm();
        ui.run(() -> {
            vm.cloudProperty().set(Cloud.CUSTOM);
            vm.armEndpoint().set("http://management.contoso.local");
        });
        assertThat(ui.call(vm::isValid)).isFalse();
        ui.run(() -> vm.useDemo(Scenario.HEALTHY));
        assertThat(ui.call(vm::isValid)).as("the endpoint is hidden with the demo").isTrue();
    }

    /** The demo's Azure, signed in as {@code who}. */
    private static dev.azscsp.diagnosis.api.RegistrationApi signedInAs(dev.azscsp.diagnosis.api.Account who) {
        var azure = new dev.azscsp.demo.SimulatedAzure(Scenario.HEALTHY, java.time.Duration.ZERO);
        return (dev.azscsp.diagnosis.api.RegistrationApi) java.lang.reflect.Proxy.newProxyInstance(
                ConnectViewModelTest.class.getClassLoader(), new Class<?>[] {dev.azscsp.diagnosis.api.RegistrationApi.class},
                (proxy, m, args) -> m.getName().equals("account") ? who : m.invoke(azure, args));
    }

    @Test
    void anApplicationOrATokenThatNamesNoOneIsSaidPlainly() {
        factory = (c, dc) -> signedInAs(new dev.azscsp.diagnosis.api.Account("11111111-aaaa-bbbb-cccc-222222222222", true, null,
                "AzureUSGovernment", "service principal"));
        ConnectViewModel vm = vm();
        ui.run(() -> vm.signInProperty().set(SignIn.AZURE_CLI));
        ui.call(vm::signIn).ended().join();
        assertThat(ui.call(() -> vm.statusProperty().get())).isEqualTo(
                "Signed in as the application 11111111-aaaa-bbbb-cccc-222222222222 (tenant not stated by the token, cloud AzureUSGovernment).");

        factory = (c, dc) -> signedInAs(new dev.azscsp.diagnosis.api.Account(null, false, null, "AzureCloud", "Azure CLI"));
        ConnectViewModel opaque = vm();
        ui.run(() -> opaque.signInProperty().set(SignIn.AZURE_CLI));
        ui.call(opaque::signIn).ended().join();
        assertThat(ui.call(() -> opaque.statusProperty().get())).isEqualTo(
                "Signed in to AzureCloud, but the token does not name the account: who is signed in could not be read.")
                .doesNotContain("unknown", "\u2014");
        assertThat(dev.azscsp.diagnosis.StandardChecksAccess.signedIn(new dev.azscsp.diagnosis.api.Account(null, false, null, "AzureCloud", "Azure CLI"))
                .in(Language.FR)).isEqualTo("Connecté (Azure CLI, cloud AzureCloud), mais le jeton ne nomme pas le compte\u00a0: l’identité connectée n’a pas pu être lue.");
    }

    @Test
    void signingInShowsTheAccount() {
        ConnectViewModel vm = vm();
        ui.run(() -> vm.useDemo(Scenario.HEALTHY));
        ui.call(vm::signIn).ended().join();
        assertThat(ui.call(() -> vm.stateProperty().get())).isEqualTo(Worker.State.DONE);
        assertThat(ui.call(() -> vm.statusProperty().get())).isEqualTo("Signed in as admin@contoso-csp.example (tenant 4f1b3c2a-8e7d-4a6b-9c5d-1e2f3a4b5c6d, cloud AzureCloud).");
    }

    @Test
    void aFailedSignInSaysWhatTheServiceSaid() {
        factory = (c, dc) -> { throw new UnsupportedOperationException("Azure adapter not wired yet"); };
        ConnectViewModel vm = vm();
        ui.run(() -> vm.signInProperty().set(SignIn.AZURE_CLI));
        ui.call(vm::signIn).ended().join();
        ui.await(() -> vm.stateProperty().get() == Worker.State.FAILED);
        assertThat(ui.call(() -> vm.statusProperty().get())).isEqualTo("Sign-in failed: Azure adapter not wired yet");
        assertThat(Failures.describe(i18n, ArmFailure.of(ArmFailure.Kind.AUTHENTICATION).code("AADSTS700016").message("App not found").build()))
                .isEqualTo("AADSTS700016: App not found");
    }

    @Test
    void theDeviceCodeReachesTheUiAndCancelStopsWaiting() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        factory = (c, dc) -> {
            SimulatedAzure azure = new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO);
            return (dev.azscsp.diagnosis.api.RegistrationApi) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {dev.azscsp.diagnosis.api.RegistrationApi.class}, (p, m, a) -> {
                        if (m.getName().equals("account")) {
                            dc.accept(new DeviceCode("ABCD-1234", "https://microsoft.com/devicelogin", "enter it"));
                            release.await();
                        }
                        return m.invoke(azure, a);
                    });
        };
        ConnectViewModel vm = vm();
        ui.run(() -> vm.signInProperty().set(SignIn.DEVICE_CODE));
        ui.run(vm::signIn);
        ui.await(() -> vm.deviceCodeProperty().get() != null);
        assertThat(ui.call(() -> vm.deviceCodeProperty().get().userCode())).isEqualTo("ABCD-1234");
        assertThat(ui.call(() -> vm.stateProperty().get())).isEqualTo(Worker.State.RUNNING);
        ui.run(vm::cancelSignIn);
        assertThat(ui.call(() -> vm.stateProperty().get())).isEqualTo(Worker.State.IDLE);
        assertThat(ui.call(() -> vm.deviceCodeProperty().get())).isNull();
        release.countDown();
    }

    @Test
    void changingTheFormDropsTheSignedInAccount() {
        ConnectViewModel vm = vm();
        ui.run(() -> vm.useDemo(Scenario.HEALTHY));
        ui.call(vm::signIn).ended().join();
        ui.run(() -> vm.scenarioProperty().set(Scenario.THROTTLED));
        assertThat(ui.call(() -> vm.stateProperty().get())).isEqualTo(Worker.State.IDLE);
        assertThat(ui.call(() -> vm.accountProperty().get())).isNull();
    }
}
