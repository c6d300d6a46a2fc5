package dev.azscsp.azure;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.diagnosis.api.RegistrationApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Connecting only builds things: no sign-in and no request until the first call. */
class AzureConnectorTest {

    @ParameterizedTest
    @EnumSource(SignInMethod.class)
    void connecting_sends_nothing_whatever_the_sign_in_method(SignInMethod method) {
        try (FakeArm fake = FakeArm.start()) {
            AzureOptions.Builder options = fake.options().signInMethod(method).tenantId("contoso.onmicrosoft.com");
            if (method == SignInMethod.SERVICE_PRINCIPAL) options.clientId("app").certificate(Path.of("sp.pfx"), "pw".toCharArray());

            RegistrationApi api = AzureConnector.connect(options.build(), prompt -> { });

            assertThat(api).isInstanceOf(ArmRegistrationApi.class);
            assertThat(fake.requests()).isEmpty();
        }
    }

    @Test
    void device_code_sign_in_needs_a_place_to_show_the_code() {
        AzureOptions options = AzureOptions.builder().signInMethod(SignInMethod.DEVICE_CODE).build();

        assertThatThrownBy(() -> AzureConnector.connect(options, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("device-code");
    }
}
