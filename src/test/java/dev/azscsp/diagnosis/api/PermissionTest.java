package dev.azscsp.diagnosis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PermissionTest {
    static final String WRITE = "Microsoft.AzureStack/registrations/customerSubscriptions/write";

    @Test
    void wildcardsStandForAnyRunOfCharactersIgnoringCase() {
        assertThat(Permission.matches("*", WRITE)).isTrue();
        assertThat(Permission.matches("Microsoft.AzureStack/registrations/*", WRITE)).isTrue();
        assertThat(Permission.matches("microsoft.azurestack/*/write", WRITE)).isTrue();
        assertThat(Permission.matches("*/write", WRITE)).isTrue();
        assertThat(Permission.matches(WRITE.toUpperCase(java.util.Locale.ROOT), WRITE)).isTrue();
        assertThat(Permission.matches("*/read", WRITE)).isFalse();
        assertThat(Permission.matches("Microsoft.AzureStack/registrations/customerSubscriptions/read", WRITE)).isFalse();
        assertThat(Permission.matches("Microsoft.AzureStack/registrations/write", WRITE)).isFalse();
        assertThat(Permission.matches("Microsoft.AzureStack/registrations/customerSubscriptions/write/extra", WRITE)).isFalse();
        assertThat(Permission.matches("", WRITE)).isFalse();
        // a dot is a dot, not "any character": patterns are data, not regular expressions
        assertThat(Permission.matches("Microsoft.AzureStack/registrations/customerSubscriptions/writ.", WRITE)).isFalse();
    }

    @Test
    void aNotActionTakesAwayFromItsOwnEntryOnly() {
        Permission contributor = new Permission(List.of("*"), List.of("Microsoft.Authorization/*/Write"));
        Permission withoutStack = new Permission(List.of("*"), List.of("Microsoft.AzureStack/*"));
        Permission reader = new Permission(List.of("*/read"), null);
        assertThat(contributor.allows(WRITE)).isTrue();
        assertThat(withoutStack.allows(WRITE)).isFalse();
        assertThat(Permission.anyAllows(List.of(withoutStack, reader), WRITE)).isFalse();
        assertThat(Permission.anyAllows(List.of(withoutStack, contributor), WRITE)).isTrue();
        assertThat(Permission.anyAllows(List.of(), WRITE)).isFalse();
    }

    @Test
    void manyStarsEndWithoutBacktrackingWithoutEnd() {
        String pattern = "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b";
        assertThat(Permission.matches(pattern, "a".repeat(4000))).isFalse();
    }
}
