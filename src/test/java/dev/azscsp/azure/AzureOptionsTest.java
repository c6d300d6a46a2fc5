package dev.azscsp.azure;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AzureOptionsTest {

    @Test
    void defaults_fit_a_user_in_front_of_the_public_cloud() {
        AzureOptions o = AzureOptions.builder().build();

        assertThat(o.cloud()).isEqualTo(AzureCloud.AZURE_CLOUD);
        assertThat(o.armEndpoint()).isEqualTo(URI.create("https://management.azure.com/"));
        assertThat(o.authorityHost()).isEqualTo(URI.create("https://login.microsoftonline.com/"));
        assertThat(o.tokenScope()).isEqualTo("https://management.core.windows.net//.default");
        assertThat(o.signInMethod()).isEqualTo(SignInMethod.BROWSER);
        assertThat(o.clientId()).isEqualTo("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
        assertThat(o.tenantId()).isNull();
        assertThat(o.apiVersion().value()).isEqualTo("2017-06-01");
        assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.responseTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.maxRetries()).isEqualTo(3);
        assertThat(o.maxRetryAfter()).isEqualTo(Duration.ofSeconds(20));
        assertThat(o.signInTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(o.userAgent()).isEqualTo("azs-csp-troubleshooter/dev"); // no jar manifest when run from classes
    }

    @Test
    void sovereign_clouds_have_their_own_endpoints() {
        assertThat(AzureCloud.AZURE_CHINA_CLOUD.armEndpoint().getHost()).isEqualTo("management.chinacloudapi.cn");
        assertThat(AzureCloud.AZURE_CHINA_CLOUD.authorityHost().getHost()).isEqualTo("login.chinacloudapi.cn");
        assertThat(AzureCloud.AZURE_US_GOVERNMENT.armEndpoint().getHost()).isEqualTo("management.usgovcloudapi.net");
        assertThat(AzureCloud.AZURE_US_GOVERNMENT.authorityHost().getHost()).isEqualTo("login.microsoftonline.us");
        assertThat(AzureCloud.AZURE_US_GOVERNMENT.tokenScope()).isEqualTo("https://management.core.usgovcloudapi.net//.default");
    }

    @Test
    void a_custom_cloud_replaces_endpoints_and_keeps_the_audience() {
        AzureOptions o = AzureOptions.builder().cloud(AzureCloud.AZURE_US_GOVERNMENT)
                .customEndpoints(URI.create("https://arm.contoso.example/"), URI.create("https://login.contoso.example/")).build();

        assertThat(o.armEndpoint()).isEqualTo(URI.create("https://arm.contoso.example/"));
        assertThat(o.authorityHost()).isEqualTo(URI.create("https://login.contoso.example/"));
        assertThat(o.tokenScope()).isEqualTo(AzureCloud.AZURE_US_GOVERNMENT.tokenScope());
    }

    @Test
    void tokens_never_travel_in_clear_text() {
        assertThatThrownBy(() -> AzureOptions.builder().customEndpoints(URI.create("http://arm.example/"), null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https://");
    }

    @Test
    void names_parse_as_the_cli_writes_them() {
        assertThat(AzureCloud.parse("azureusgovernment")).isEqualTo(AzureCloud.AZURE_US_GOVERNMENT);
        assertThat(AzureCloud.parse(" AzureChinaCloud ")).isEqualTo(AzureCloud.AZURE_CHINA_CLOUD);
        assertThat(SignInMethod.parse("device-code")).isEqualTo(SignInMethod.DEVICE_CODE);
        assertThat(SignInMethod.parse("SERVICE_PRINCIPAL")).isEqualTo(SignInMethod.SERVICE_PRINCIPAL);
        assertThat(AzureStackApiVersion.parse("2022-06-01")).isEqualTo(AzureStackApiVersion.V2022_06_01);
        assertThatThrownBy(() -> AzureCloud.parse("AzureGermanCloud"))
                .hasMessage("Unknown cloud 'AzureGermanCloud'. Use one of: AzureCloud, AzureChinaCloud, AzureUSGovernment.");
        assertThatThrownBy(() -> AzureStackApiVersion.parse("2020-06-01-preview")).hasMessageContaining("2017-06-01, 2022-06-01");
    }

    @Test
    void secrets_stay_out_of_to_string_and_can_be_wiped() {
        char[] typed = "s3cr3t-value".toCharArray();
        AzureOptions o = AzureOptions.builder().signInMethod(SignInMethod.SERVICE_PRINCIPAL).tenantId("t")
                .clientId("app-id").clientSecret(typed).build();
        java.util.Arrays.fill(typed, 'x'); // the caller wipes its own copy at once

        assertThat(o.toString()).contains("clientSecret=***").doesNotContain("s3cr3t");
        assertThat(new String(o.clientSecret())).isEqualTo("s3cr3t-value");
        o.wipeSecrets();
        assertThat(o.clientSecret()).containsOnly('\0');
        assertThat(o.hasClientSecret()).isTrue();
    }

    @Test
    void a_service_principal_needs_tenant_own_client_id_and_exactly_one_secret() {
        AzureOptions.Builder sp = AzureOptions.builder().signInMethod(SignInMethod.SERVICE_PRINCIPAL);

        assertThatThrownBy(() -> sp.clientId("app").clientSecret("s".toCharArray()).build()).hasMessageContaining("tenant");
        assertThatThrownBy(() -> sp.tenantId("t").clientId(null).build()).hasMessageContaining("client (application) id");
        assertThatThrownBy(() -> sp.clientId("app").clientSecret(null).build()).hasMessageContaining("either");
        assertThatThrownBy(() -> sp.clientSecret("s".toCharArray()).certificate(Path.of("sp.pem"), null).build())
                .hasMessageContaining("either");
        assertThat(sp.clientSecret(null).build().certificatePath()).isEqualTo(Path.of("sp.pem"));
    }

    @Test
    void limits_are_checked() {
        assertThatThrownBy(() -> AzureOptions.builder().maxRetries(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AzureOptions.builder().responseTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AzureOptions.builder().retryBaseDelay(Duration.ofSeconds(5)).retryMaxDelay(Duration.ofSeconds(1)).build())
                .hasMessageContaining("retryMaxDelay");
    }

    @Test
    void to_builder_changes_one_value_and_keeps_the_rest_secrets_included() {
        AzureOptions o = AzureOptions.builder().cloud(AzureCloud.AZURE_CHINA_CLOUD).signInMethod(SignInMethod.SERVICE_PRINCIPAL)
                .tenantId("t").clientId("app").clientSecret("pw".toCharArray()).maxRetries(1).build();

        AzureOptions newer = o.toBuilder().apiVersion(AzureStackApiVersion.V2022_06_01).build();

        assertThat(newer.apiVersion()).isEqualTo(AzureStackApiVersion.V2022_06_01);
        assertThat(newer.toString()).isEqualTo(o.toString().replace("apiVersion=2017-06-01", "apiVersion=2022-06-01"));
        assertThat(new String(newer.clientSecret())).isEqualTo("pw");
    }
}
