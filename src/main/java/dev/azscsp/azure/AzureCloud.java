package dev.azscsp.azure;

import com.azure.core.management.AzureEnvironment;
import com.azure.identity.AzureAuthorityHosts;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Azure clouds a registration can live in, named as the Azure CLI names them ({@code az cloud list}).
 * A custom ARM endpoint (a test fake, a private endpoint) is set on {@link AzureOptions} on top of one of these.
 */
public enum AzureCloud {
    AZURE_CLOUD("AzureCloud", AzureEnvironment.AZURE, AzureAuthorityHosts.AZURE_PUBLIC_CLOUD),
    AZURE_CHINA_CLOUD("AzureChinaCloud", AzureEnvironment.AZURE_CHINA, AzureAuthorityHosts.AZURE_CHINA),
    AZURE_US_GOVERNMENT("AzureUSGovernment", AzureEnvironment.AZURE_US_GOVERNMENT, AzureAuthorityHosts.AZURE_GOVERNMENT);

    private final String cliName;
    private final URI armEndpoint;
    private final URI authorityHost;
    private final String managementAudience;

    AzureCloud(String cliName, AzureEnvironment environment, String authorityHost) {
        this.cliName = cliName;
        this.armEndpoint = URI.create(environment.getResourceManagerEndpoint());
        this.authorityHost = URI.create(authorityHost);
        this.managementAudience = environment.getManagementEndpoint();
    }

    /** The name users type: {@code AzureCloud}, {@code AzureChinaCloud}, {@code AzureUSGovernment}. */
    public String cliName() { return cliName; }

    /** Azure Resource Manager, e.g. {@code https://management.azure.com/}. */
    public URI armEndpoint() { return armEndpoint; }

    /** Microsoft Entra sign-in, e.g. {@code https://login.microsoftonline.com/}. */
    public URI authorityHost() { return authorityHost; }

    /**
     * The token scope ARM accepts. The double slash of {@code https://management.core.windows.net//.default} is
     * intended: the audience ends with a slash and the scope appends {@code /.default}.
     */
    public String tokenScope() { return managementAudience + "/.default"; }

    /**
     * Reads a cloud name as the CLI accepts it, ignoring letter case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static AzureCloud parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (AzureCloud cloud : values()) {
            if (cloud.cliName.toLowerCase(Locale.ROOT).equals(wanted)) return cloud;
        }
        throw new IllegalArgumentException("Unknown cloud '" + name + "'. Use one of: "
                + Arrays.stream(values()).map(AzureCloud::cliName).collect(Collectors.joining(", ")) + ".");
    }

    @Override
    public String toString() { return cliName; }
}
