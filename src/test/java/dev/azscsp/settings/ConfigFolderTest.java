package dev.azscsp.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConfigFolderTest {

    @Test
    void theOverrideWinsOnEveryOs() {
        assertThat(ConfigFolder.resolve("/tmp/x", "Windows 11", Map.of("APPDATA", "C:\\Users\\a\\AppData\\Roaming"), "/home/a"))
                .isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(ConfigFolder.resolve(null, "Windows 11", Map.of("APPDATA", "/appdata"), "/home/a"))
                .isEqualTo(Path.of("/appdata", "AzsCspTroubleshooter"));
        assertThat(ConfigFolder.resolve(" ", "Windows 10", Map.of(), "/home/a"))
                .isEqualTo(Path.of("/home/a", "AppData", "Roaming", "AzsCspTroubleshooter"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(ConfigFolder.resolve(null, "Mac OS X", Map.of("XDG_CONFIG_HOME", "/xdg"), "/Users/a"))
                .isEqualTo(Path.of("/Users/a", "Library", "Application Support", "AzsCspTroubleshooter"));
    }

    @Test
    void otherSystemsFollowXdgAndIgnoreARelativeOne() {
        assertThat(ConfigFolder.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), "/home/a"))
                .isEqualTo(Path.of("/xdg", "azs-csp-troubleshooter"));
        assertThat(ConfigFolder.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "relative"), "/home/a"))
                .isEqualTo(Path.of("/home/a", ".config", "azs-csp-troubleshooter"));
        assertThat(ConfigFolder.resolve(null, "FreeBSD", Map.of(), "/home/a"))
                .isEqualTo(Path.of("/home/a", ".config", "azs-csp-troubleshooter"));
    }

    @Test
    void theBuildPointsTestsAwayFromTheRealFolder() {
        assertThat(System.getProperty(ConfigFolder.HOME_PROPERTY)).as("set by the pom for every test").isNotBlank();
        assertThat(ConfigFolder.forCurrentUser()).isEqualTo(Path.of(System.getProperty(ConfigFolder.HOME_PROPERTY)));
    }
}
