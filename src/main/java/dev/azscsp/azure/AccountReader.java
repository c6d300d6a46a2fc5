package dev.azscsp.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import dev.azscsp.diagnosis.api.Account;
import dev.azscsp.diagnosis.api.ArmFailure;

/** Signs in if needed (a token for ARM) and says who is signed in. The token itself goes nowhere. */
final class AccountReader {
    private final TokenCredential credential;
    private final String scope;
    private final String configuredTenant;
    private final String method;
    private final String signInTarget;
    private final String cloud;

    AccountReader(TokenCredential credential, AzureOptions options) {
        this.credential = credential;
        this.scope = options.tokenScope();
        this.configuredTenant = options.tenantId();
        this.method = options.signInMethod().label();
        this.cloud = options.cloud().cliName();
        this.signInTarget = options.signInMethod() == SignInMethod.AZURE_CLI ? "the Azure CLI" : options.authorityHost().getHost();
    }

    Account read() throws ArmFailure {
        AccessToken token;
        try {
            token = credential.getToken(new TokenRequestContext().addScopes(scope)).block();
        } catch (RuntimeException e) {
            throw ArmFailureMapper.fromThrowable(e, signInTarget);
        }
        if (token == null || token.getToken() == null) {
            throw ArmFailure.of(ArmFailure.Kind.AUTHENTICATION).message("Sign-in gave no token.").build();
        }
        JwtClaims claims = JwtClaims.read(token.getToken());
        return new Account(claims.name(), claims.application(),
                claims.tenantId() != null ? claims.tenantId() : configuredTenant, cloud, method);
    }
}
