package dev.azscsp.diagnosis.paste;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** A guard, not a benchmark: a megabyte of log with the error at its very end is read well within the bound. */
class PastePerformanceTest {
    private static final long BOUND_MS = 2_000;

    private static final String[] NOISE = {
            "VERBOSE: Performing the operation \"Get\" on target \"registrations\".\n",
            "DEBUG: 12:00:01 - GetAzureResourceCmdlet begin processing with ParameterSet 'ByResourceId'.\n",
            "   at Microsoft.Azure.Commands.ResourceManager.Cmdlets.Implementation.ResourceManipulationCmdletBase.ExecuteCmdlet()\n",
            "{\"id\":\"/subscriptions/00000000-1111-4222-8333-444444444444/resourceGroups/other/providers/Microsoft.Compute/virtualMachines/vm1\",\"name\":\"vm1\"}\n",
            "The provided registration was found. Everything is fine (value provided: nothing).\n",
            "x-ms-ratelimit-remaining-subscription-reads: 11999\n",
            "status: Succeeded, code: 200, time: now\n",
            "Le client n’est pas approuvé ... ceci n’est pas une erreur.\n",
            "\u001B[32;1mOK\u001B[0m \\u0027quoted\\u0027 &amp; <br/> ’typographic’ \u00A0spaces\n"};

    @Test
    void aMegabyteOfNoiseWithTheErrorAtTheEnd() {
        StringBuilder sb = new StringBuilder(1_100_000);
        Random random = new Random(42);
        while (sb.length() < 1_000_000) sb.append(NOISE[random.nextInt(NOISE.length)]);
        sb.append("New-AzResource : CustomerSubscriptionsNotAllowed : Customer subscription operations are not supported ")
                .append("for disconnected customers. To use this feature, re-register with pay-as-you-use licensing.\n")
                .append("x-ms-correlation-request-id: 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b\n");
        String paste = sb.toString();
        ErrorTextReader reader = TestCodes.reader();

        long t0 = System.nanoTime();
        PasteResult r = reader.read(paste);
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertThat(r.codes()).containsExactly("CustomerSubscriptionsNotAllowed");
        assertThat(r.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(r.truncated()).isFalse();
        assertThat(r.extracted().correlationId()).isEqualTo("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
        assertThat(ms).as("milliseconds for a 1 MB paste").isLessThan(BOUND_MS);
    }
}
