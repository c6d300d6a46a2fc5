package dev.azscsp.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class TemplateTest {
    @Test
    void findsOnlyLetterOnlyPlaceholders() {
        assertThat(Template.names("a {subscriptionId} b { Get-Thing } {$_.x} {} {n='x'} {customerTenantId}"))
                .containsExactly("subscriptionId", "customerTenantId");
    }

    @Test
    void leavesPowerShellBlocksAlone() {
        String t = "Invoke-Command -ScriptBlock { Get-AzureStackStampInformation } -Session $s; @{n='a';e={$_.b}}";
        assertThat(Template.fill(t, Values.empty(), Map.of(), UnaryOperator.identity())).isEqualTo(t);
    }

    @Test
    void fillsMissingValuesWithMarkers() {
        String out = Template.fill("id {customerSubscriptionId}.", Values.empty(),
                Map.of(Placeholder.CUSTOMER_SUBSCRIPTION_ID, "<customer subscription ID>"), UnaryOperator.identity());
        assertThat(out).isEqualTo("id <customer subscription ID>.");
    }

    @Test
    void blankValuesCountAsMissing() {
        Values v = Values.empty().with(Placeholder.RESOURCE_GROUP, "   ");
        assertThat(v.get(Placeholder.RESOURCE_GROUP)).isEmpty();
    }
}
