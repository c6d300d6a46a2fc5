package dev.azscsp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of the {@code java -jar} restart, with every fact about the JVM passed in. */
class FastStartTest {
    private static final String[] NO_ARGS = {};

    @TempDir Path dir;

    private Path jar(String name, String classPath) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) m.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        try (OutputStream out = Files.newOutputStream(p); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
        return p;
    }

    private Path java() throws IOException {
        Path java = dir.resolve("jdk/bin/java");
        Files.createDirectories(java.getParent());
        if (!Files.exists(java)) Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        return java;
    }

    private FastStart.Host host(String classPath, List<String> options, Map<String, String> extra) throws IOException {
        Map<String, String> p = new HashMap<>(Map.of("java.vm.name", "OpenJDK 64-Bit Server VM", "java.vm.version", "17.0.15+6",
                "java.home", dir.resolve("jdk").toString(), "java.class.path", classPath, "os.name", "Linux"));
        p.putAll(extra);
        Optional<String> java = Optional.of(java().toString());
        return new FastStart.Host(p, () -> options, () -> java, dir.resolve("cache"));
    }

    private FastStart.Host plainJar() throws IOException {
        jar("app/lib/a.jar", null);
        return host(jar("app/app.jar", "lib/a.jar").toString(), List.of("-Dazscsp.exitAfterShown=true", "-Xmx512m"), Map.of());
    }

    @Test
    void aPlainJavaJarStartOfTheWindowMoves() throws IOException {
        assertNull(FastStart.reasonToStay(NO_ARGS, plainJar()));
    }

    @Test
    void theCommandLineStaysWhereItWasStarted() throws IOException {
        assertEquals("command line", FastStart.reasonToStay(new String[] {"diagnose"}, plainJar()));
        assertEquals(java.util.OptionalInt.empty(), FastStart.run(new String[] {"catalog"}));
    }

    @Test
    void theSecondJvmNeverStartsAThird() throws IOException {
        FastStart.Host h = plainJar();
        h.properties().put(FastStart.CHILD_PROPERTY, "true");
        assertEquals("already the second JVM", FastStart.reasonToStay(NO_ARGS, h));
    }

    @Test
    void whereThePropertiesSayStayTheJvmIsNotAskedForItsOptions() throws IOException {
        FastStart.Host h = plainJar();
        FastStart.Host packaged = new FastStart.Host(h.properties(), () -> {
            throw new AssertionError("the options were read");
        }, () -> {
            throw new AssertionError("the command was read");
        }, h.cacheFolder());
        packaged.properties().put("jpackage.app-path", "/opt/app/bin/app");
        assertEquals(java.util.OptionalInt.empty(), FastStart.run(NO_ARGS, packaged));
        packaged.properties().remove("jpackage.app-path");
        packaged.properties().put(FastStart.CHILD_PROPERTY, "true");
        assertEquals("already the second JVM", FastStart.reasonToStay(NO_ARGS, packaged));
    }

    @Test
    void itCanBeTurnedOff() throws IOException {
        FastStart.Host h = plainJar();
        h.properties().put(FastStart.SWITCH_PROPERTY, " FALSE ");
        assertEquals("turned off", FastStart.reasonToStay(NO_ARGS, h));
    }

    @Test
    void thePackagedAppHasItsOwnOptionsAndCache() throws IOException {
        FastStart.Host h = plainJar();
        h.properties().put("jpackage.app-path", "/opt/azs-csp-troubleshooter/bin/azs-csp-troubleshooter");
        assertEquals("packaged app", FastStart.reasonToStay(NO_ARGS, h));
    }

    @Test
    void onlyHotSpotUnderstandsTheOptions() throws IOException {
        FastStart.Host h = plainJar();
        h.properties().put("java.vm.name", "Eclipse OpenJ9 VM");
        assertEquals("not a HotSpot JVM", FastStart.reasonToStay(NO_ARGS, h));
        h.properties().put("java.vm.name", "Java HotSpot(TM) 64-Bit Server VM");
        assertNull(FastStart.reasonToStay(NO_ARGS, h));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/tmp/agent.jar",
            "-agentpath:/tmp/libprof.so", "-Xrunjdwp:transport=dt_socket", "-Xdebug", "-Xshare:off",
            "-XX:SharedArchiveFile=/tmp/mine.jsa", "-XX:ArchiveClassesAtExit=/tmp/mine.jsa", "-XX:+AutoCreateSharedArchive",
            "-XX:AOTCache=/tmp/app.aot", "-XX:StartFlightRecording", "-XX:TieredStopAtLevel=4"})
    void aJvmSomeoneObservesOrTunesStaysAsStarted(String option) throws IOException {
        jar("app/lib/a.jar", null);
        FastStart.Host h = host(jar("app/app.jar", "lib/a.jar").toString(), List.of("-Dx=y", option), Map.of());
        assertTrue(FastStart.reasonToStay(NO_ARGS, h).startsWith("JVM option"), option);
    }

    @Test
    void aDevelopmentStartWithAClassFolderStays() throws IOException {
        Files.createDirectories(dir.resolve("classes"));
        Path lib = jar("a.jar", null);
        String cp = dir.resolve("classes") + java.io.File.pathSeparator + lib;
        assertEquals("class path entry is not a jar", FastStart.reasonToStay(NO_ARGS, host(cp, List.of(), Map.of())));
        assertEquals("no class path", FastStart.reasonToStay(NO_ARGS, host("", List.of(), Map.of())));
    }

    @Test
    void aManifestThatAddsAFolderMeansNoArchiveEither() throws IOException {
        Files.createDirectories(dir.resolve("app/classes"));
        FastStart.Host h = host(jar("app/app.jar", "classes/").toString(), List.of(), Map.of());
        assertEquals(Optional.empty(), FastStart.plan(NO_ARGS, h));
    }

    @Test
    void theFirstStartWritesTheArchiveAndTheNextOneUsesIt() throws IOException {
        FastStart.Host h = plainJar();
        FastStart.Plan first = FastStart.plan(NO_ARGS, h).orElseThrow();
        assertFalse(first.reuse());
        List<String> c = first.command();
        assertEquals(java().toString(), c.get(0));
        // The user's own options come first and are kept as given.
        assertEquals(List.of("-Dazscsp.exitAfterShown=true", "-Xmx512m"), c.subList(1, 3));
        assertTrue(c.contains("-D" + FastStart.CHILD_PROPERTY + "=true"));
        assertTrue(c.contains("-D" + FastStart.SHOWN_PROPERTY + "=" + first.shownMarker()));
        assertTrue(c.contains("-XX:TieredStopAtLevel=1"));
        assertTrue(c.contains("-Xlog:cds*=off"));
        assertTrue(c.contains("-XX:ArchiveClassesAtExit=" + first.part()));
        assertEquals(List.of("-cp", h.property("java.class.path"), "dev.azscsp.Main"), c.subList(c.size() - 3, c.size()));
        assertTrue(first.archive().startsWith(dir.resolve("cache")));
        assertTrue(Files.isDirectory(dir.resolve("cache")));

        Files.write(first.archive(), new byte[] {1, 2, 3});
        FastStart.Plan next = FastStart.plan(NO_ARGS, h).orElseThrow();
        assertTrue(next.reuse());
        assertTrue(next.command().contains("-XX:SharedArchiveFile=" + first.archive()));
        assertFalse(next.command().stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit")));
    }

    @Test
    void anEmptyArchiveIsWrittenAgain() throws IOException {
        FastStart.Host h = plainJar();
        Path archive = FastStart.plan(NO_ARGS, h).orElseThrow().archive();
        Files.write(archive, new byte[0]);
        assertFalse(FastStart.plan(NO_ARGS, h).orElseThrow().reuse());
    }

    @Test
    void aCacheFolderThatCannotBeMadeMeansTheNormalStart() throws IOException {
        FastStart.Host h = plainJar();
        Files.writeString(dir.resolve("cache"), "a file where the folder should be");
        assertEquals(java.util.OptionalInt.empty(), FastStart.run(NO_ARGS, h));
    }

    @Test
    void aJavaThatIsNotThereMeansTheNormalStart() throws IOException {
        FastStart.Host h = plainJar();
        FastStart.Host gone = new FastStart.Host(h.properties(), h.jvmOptions(), () -> Optional.of(dir.resolve("nowhere/java").toString()),
                h.cacheFolder());
        assertEquals(Optional.empty(), FastStart.plan(NO_ARGS, gone));
    }

    /** A stand-in for the second JVM: a script that may say its window is up, then ends with {@code code}. */
    private FastStart.Host hostWhoseSecondJvm(boolean showsWindow, int code) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"), "a shell script");
        Files.createDirectories(dir.resolve("jdk/bin"));
        Files.writeString(dir.resolve("jdk/bin/java"), "#!/bin/sh\n"
                + (showsWindow ? "for a in \"$@\"; do case \"$a\" in -D" + FastStart.SHOWN_PROPERTY + "=*) : > \"${a#*=}\";; esac; done\n" : "")
                + "exit " + code + "\n");
        return plainJar();
    }

    @Test
    void aSecondJvmThatFailsBeforeItsWindowMeansTheWindowOpensHere() throws IOException {
        FastStart.Host h = hostWhoseSecondJvm(false, 1);
        assertEquals(java.util.OptionalInt.empty(), FastStart.run(NO_ARGS, h));
        try (Stream<Path> left = Files.list(h.cacheFolder())) {
            assertEquals(List.of(), left.toList(), "no marker or half archive left behind");
        }
    }

    @Test
    void theSecondJvmsExitCodeIsPassedOnOnceItsWindowShowed() throws IOException {
        assertEquals(java.util.OptionalInt.of(3), FastStart.run(NO_ARGS, hostWhoseSecondJvm(true, 3)));
        assertEquals(java.util.OptionalInt.of(0), FastStart.run(NO_ARGS, hostWhoseSecondJvm(false, 0)));
    }

    @Test
    void theArchiveIsNamedAfterTheRuntimeAndEveryJar() throws IOException {
        Path lib = jar("app/lib/a.jar", null);
        Path app = jar("app/app.jar", "lib/a.jar");
        FastStart.Host h = host(app.toString(), List.of(), Map.of());
        List<Path> jars = FastStart.withManifestClassPath(List.of(app));
        assertEquals(List.of(app, lib.toAbsolutePath()), jars);
        String key = FastStart.key(h, jars);
        assertEquals(key, FastStart.key(h, jars), "stable");

        Files.setLastModifiedTime(lib, FileTime.from(Instant.now().plusSeconds(60)));
        String newerLib = FastStart.key(h, jars);
        assertNotEquals(key, newerLib, "a rebuilt library");
        Files.write(lib, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(newerLib, FastStart.key(h, jars), "a library of another size");

        FastStart.Host otherJdk = host(app.toString(), List.of(), Map.of("java.home", "/usr/lib/jvm/temurin-25"));
        assertNotEquals(FastStart.key(h, jars), FastStart.key(otherJdk, jars), "another runtime");
        FastStart.Host otherBuild = host(app.toString(), List.of(), Map.of("java.vm.version", "17.0.16+8"));
        assertNotEquals(FastStart.key(h, jars), FastStart.key(otherBuild, jars), "another build of the same runtime");
    }

    @Test
    void manifestEntriesAreUrlsAndMissingOnesAreSkipped() throws IOException {
        Path spaced = jar("app/my libs/b.jar", null);
        Path app = jar("app/app.jar", "my%20libs/b.jar lib/missing.jar");
        assertEquals(List.of(app, spaced.toAbsolutePath()), FastStart.withManifestClassPath(List.of(app)));
    }

    @Test
    void aNewArchiveGoesIntoPlaceOnlyAfterANormalEnd() throws IOException {
        FastStart.Plan p = FastStart.plan(NO_ARGS, plainJar()).orElseThrow();
        Files.write(p.part(), new byte[] {1});
        p.settle(1, true);
        assertFalse(Files.exists(p.part()));
        assertFalse(Files.exists(p.archive()), "an app that ended in failure leaves no archive");

        Files.write(p.part(), new byte[] {1});
        p.settle(0, true);
        assertFalse(Files.exists(p.part()));
        assertTrue(Files.exists(p.archive()));
    }

    @Test
    void anArchiveInUseWhenTheSecondJvmFailedBeforeItsWindowIsDropped() throws IOException {
        FastStart.Host h = plainJar();
        Path archive = FastStart.plan(NO_ARGS, h).orElseThrow().archive();
        Files.write(archive, new byte[] {1});
        FastStart.Plan p = FastStart.plan(NO_ARGS, h).orElseThrow();

        p.settle(1, true);
        assertTrue(Files.exists(archive), "a failure after the window showed is the app's, not the archive's");
        p.settle(0, false);
        assertTrue(Files.exists(archive));

        archive.toFile().setReadOnly();   // as the JVM writes it
        p.settle(134, false);
        assertFalse(Files.exists(archive));
    }

    @Test
    void theFolderKeepsTheNewestArchivesAndDropsWhatKilledStartsLeft() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Instant now = Instant.now();
        Path current = cache.resolve("start-current.jsa");
        Files.write(current, new byte[] {1});
        Files.setLastModifiedTime(current, FileTime.from(now.minus(Duration.ofDays(400))));
        for (int i = 1; i <= 4; i++) {
            Path a = cache.resolve("start-old" + i + ".jsa");
            Files.write(a, new byte[] {1});
            a.toFile().setReadOnly();
            Files.setLastModifiedTime(a, FileTime.from(now.minus(Duration.ofDays(i))));
        }
        Path stalePart = cache.resolve("start-x.jsa.41.part");
        Path staleMarker = cache.resolve("start-x.jsa.41.shown");
        Path freshPart = cache.resolve("start-y.jsa.42.part");
        for (Path p : List.of(stalePart, staleMarker, freshPart)) Files.write(p, new byte[] {1});
        Files.setLastModifiedTime(stalePart, FileTime.from(now.minus(Duration.ofHours(2))));
        Files.setLastModifiedTime(staleMarker, FileTime.from(now.minus(Duration.ofHours(2))));
        Path unrelated = cache.resolve("notes.txt");
        Files.write(unrelated, new byte[] {1});

        FastStart.tidy(cache, current, now);

        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(List.of("notes.txt", "start-current.jsa", "start-old1.jsa", "start-old2.jsa", "start-y.jsa.42.part"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theWindowSaysItIsUpOnlyToTheJvmThatAsked() throws IOException {
        Path marker = dir.resolve("shown");
        String before = System.getProperty(FastStart.SHOWN_PROPERTY);
        try {
            System.clearProperty(FastStart.SHOWN_PROPERTY);
            FastStart.windowShown();
            assertFalse(Files.exists(marker));
            System.setProperty(FastStart.SHOWN_PROPERTY, marker.toString());
            FastStart.windowShown();
            assertTrue(Files.exists(marker));
        } finally {
            if (before == null) System.clearProperty(FastStart.SHOWN_PROPERTY);
            else System.setProperty(FastStart.SHOWN_PROPERTY, before);
        }
    }
}
