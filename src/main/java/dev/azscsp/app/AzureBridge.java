package dev.azscsp.app;

import java.net.URI;
import java.util.function.Consumer;

import dev.azscsp.azure.AzureCloud;
import dev.azscsp.azure.AzureConnector;
import dev.azscsp.azure.AzureOptions;
import dev.azscsp.azure.AzureStackApiVersion;
import dev.azscsp.azure.SignInMethod;
import dev.azscsp.diagnosis.api.RegistrationApi;

/** Maps a {@link Connection} onto the Azure adapter's options. */
public final class AzureBridge {
    /** Where a certificate's password comes from: never an argument or a setting. */
    static final String CERTIFICATE_PASSWORD_ENV = "AZURE_CLIENT_CERTIFICATE_PASSWORD";

    private AzureBridge() {}

    static RegistrationApi connect(Connection c, Consumer<DeviceCode> deviceCode) {
        return AzureConnector.connect(options(c), p -> deviceCode.accept(new DeviceCode(p.userCode(), p.verificationUrl(), p.message())));
    }

    /** The adapter's options for a connection (also how tests point a command line at a local fake). */
    public static AzureOptions options(Connection c) {
        AzureOptions.Builder b = AzureOptions.builder()
                .cloud(switch (c.cloud()) {
                    case AZURE_CHINA_CLOUD -> AzureCloud.AZURE_CHINA_CLOUD;
                    case AZURE_US_GOVERNMENT -> AzureCloud.AZURE_US_GOVERNMENT;
                    case AZURE_CLOUD, CUSTOM -> AzureCloud.AZURE_CLOUD;
                })
                .signInMethod(switch (c.signIn()) {
                    case BROWSER -> SignInMethod.BROWSER;
                    case DEVICE_CODE -> SignInMethod.DEVICE_CODE;
                    case AZURE_CLI -> SignInMethod.AZURE_CLI;
                    case SERVICE_PRINCIPAL -> SignInMethod.SERVICE_PRINCIPAL;
                    case DEMO -> throw new IllegalArgumentException("the demo does not use Azure");
                })
                .tenantId(c.tenantId())
                .clientId(c.clientId())
                .apiVersion(AzureStackApiVersion.parse(c.apiVersion() == null ? Connection.DEFAULT_API_VERSION : c.apiVersion()))
                .responseTimeout(c.timeout());
        if (c.cloud() == Cloud.CUSTOM) {
            b.customEndpoints(URI.create(c.armEndpoint()), c.authorityHost() == null ? null : URI.create(c.authorityHost()));
        }
        if (c.clientSecret() != null) b.clientSecret(c.clientSecret());
        if (c.certificate() != null) {
            String pw = System.getenv(CERTIFICATE_PASSWORD_ENV);
            b.certificate(c.certificate(), pw == null ? null : pw.toCharArray());
        }
        return b.build();
    }
}
