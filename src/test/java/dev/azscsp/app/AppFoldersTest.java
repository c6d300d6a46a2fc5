package dev.azscsp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Where each OS keeps files the app can make again. */
class AppFoldersTest {
    @Test
    void theCacheFollowsEachOsAndThePortableFolder() {
        assertEquals(Path.of("/portable", "cache"), AppFolders.cache(" /portable ", "Linux", Map.of(), "/home/a"));
        assertEquals(Path.of("C:\\Users\\a\\AppData\\Local", "AzsCspTroubleshooter", "cache"),
                AppFolders.cache(null, "Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\a\\AppData\\Local"), "C:\\Users\\a"));
        assertEquals(Path.of("C:\\Users\\a", "AppData", "Local", "AzsCspTroubleshooter", "cache"),
                AppFolders.cache(null, "Windows 11", Map.of(), "C:\\Users\\a"));
        assertEquals(Path.of("/Users/a", "Library", "Caches", "AzsCspTroubleshooter"),
                AppFolders.cache(null, "Mac OS X", Map.of(), "/Users/a"));
        assertEquals(Path.of("/xdg/cache", "azs-csp-troubleshooter"),
                AppFolders.cache(null, "Linux", Map.of("XDG_CACHE_HOME", "/xdg/cache"), "/home/a"));
        // XDG: a relative XDG_CACHE_HOME is invalid and ignored.
        assertEquals(Path.of("/home/a", ".cache", "azs-csp-troubleshooter"),
                AppFolders.cache(null, "Linux", Map.of("XDG_CACHE_HOME", "relative/cache"), "/home/a"));
        assertEquals(Path.of("/home/a", ".cache", "azs-csp-troubleshooter"), AppFolders.cache("", "Linux", Map.of(), "/home/a"));
    }
}
