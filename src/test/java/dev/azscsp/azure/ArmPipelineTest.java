package dev.azscsp.azure;

import com.azure.core.http.HttpPipeline;
import com.azure.core.http.policy.HttpLoggingPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import dev.azscsp.azure.fake.FakeTokens;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArmPipelineTest {

    @Test
    void the_pipeline_has_no_hidden_provider_registration_and_signs_in_before_retrying_with_its_own_policy() {
        HttpPipeline p = ArmPipeline.create(AzureOptions.builder().build(), FakeTokens.userCredential(),
                request -> Mono.error(new IllegalStateException("not sent")));

        List<String> policies = new ArrayList<>();
        for (int i = 0; i < p.getPolicyCount(); i++) policies.add(p.getPolicy(i).getClass().getSimpleName());

        assertThat(policies).noneMatch(name -> name.contains("ProviderRegistration"));
        assertThat(policies).startsWith(UserAgentPolicy.class.getSimpleName());
        assertThat(policies.indexOf(BearerTokenAuthenticationPolicy.class.getSimpleName()))
                .isNotNegative().isLessThan(policies.indexOf(ArmRetryPolicy.class.getSimpleName()));
        assertThat(policies).noneMatch(name -> name.equals("RetryPolicy")); // it would read Retry-After by its own rules
        assertThat(policies).last().isEqualTo(HttpLoggingPolicy.class.getSimpleName());
    }
}
