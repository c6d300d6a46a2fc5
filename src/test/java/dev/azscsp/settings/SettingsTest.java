package dev.azscsp.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SettingsTest {
    private static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";

    @Test
    void aRecentRegistrationMovesToTheFrontInsteadOfRepeating() {
        Settings s = Settings.defaults()
                .withRecentRegistration(new RecentRegistration(SUB, "azurestack", "reg-a", null))
                .withRecentRegistration(new RecentRegistration(SUB, "azurestack", "reg-b", null))
                .withRecentRegistration(new RecentRegistration(SUB.toUpperCase(), "AzureStack", "REG-A", "cloud"));
        assertThat(s.recentRegistrations()).extracting(RecentRegistration::registrationName).containsExactly("REG-A", "reg-b");
    }

    @Test
    void recentCustomersKeepLetterCaseApart() {
        Settings s = Settings.defaults()
                .withRecentCustomer(new RecentCustomer("e09a4e93-29a7-4eba-a6d4-76202383f07f", null))
                .withRecentCustomer(new RecentCustomer("E09A4E93-29A7-4EBA-A6D4-76202383F07F", null));
        assertThat(s.recentCustomers()).hasSize(2);
    }

    @Test
    void atMostEightRecentsAndNoIncompleteOnes() {
        Settings s = Settings.defaults();
        for (int i = 0; i < 12; i++) s = s.withRecentRegistration(new RecentRegistration(SUB, "rg", "reg-" + i, null));
        s = s.withRecentRegistration(new RecentRegistration(SUB, " ", "no-group", null));
        assertThat(s.recentRegistrations()).hasSize(Settings.MAX_RECENT);
        assertThat(s.recentRegistrations().get(0).registrationName()).isEqualTo("reg-11");
    }

    @Test
    void nullListsAndImpossibleWindowsAreCleanedUp() {
        Settings s = new Settings(1, null, null, null, null, null, null, null, null, null,
                new WindowBounds(0, 0, 5, 5, false), null, Arrays.asList((RecentCustomer) null), null);
        assertThat(s.window()).isNull();
        assertThat(s.recentRegistrations()).isEmpty();
        assertThat(s.recentCustomers()).isEqualTo(List.of());
    }

    @Test
    void columnChoicesAreKeptByHeaderMostRecentFirstAndBounded() {
        Settings s = Settings.defaults();
        for (int i = 0; i < 12; i++) s = s.withColumnChoice(new ColumnChoice("h" + i + ",subscription id", "Subscription ID", null, null));
        s = s.withColumnChoice(new ColumnChoice("h11,subscription id", "Subscription ID", "Microsoft ID", null));
        assertThat(s.columnChoices()).hasSize(Settings.MAX_RECENT);
        assertThat(s.columnChoice("h11,subscription id").tenant()).isEqualTo("Microsoft ID");
        assertThat(s.columnChoice("h0,subscription id")).as("the oldest is dropped").isNull();
        Settings odd = Settings.defaults()
                .withColumnChoice(new ColumnChoice("x".repeat(ColumnChoice.MAX_HEADER + 1), "a", null, null))
                .withColumnChoice(new ColumnChoice("a,b", "y".repeat(201), null, null))
                .withColumnChoice(new ColumnChoice("a,b", null, "b", null));
        assertThat(odd.columnChoices()).as("too long or without a subscription column: not kept").isEmpty();
        assertThat(ColumnChoice.key(List.of(" Subscription ID", "Microsoft ID "))).isEqualTo("subscription id,microsoft id");
    }

    @Test
    void noComponentCanHoldASecret() {
        assertThat(Arrays.stream(Settings.class.getRecordComponents()).map(c -> c.getName().toLowerCase()))
                .noneMatch(n -> n.contains("secret") || n.contains("password") || n.contains("token"));
    }
}
