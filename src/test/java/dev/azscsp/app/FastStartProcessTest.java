package dev.azscsp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restart of a {@code java -jar} window start, with real JVMs: a jar laid out as the build's (the app's classes,
 * its libraries named in the manifest), started the way a user starts it, the window opened headless and closed.
 */
class FastStartProcessTest {
    @TempDir static Path layout;
    private static Path appJar;

    @TempDir Path home;

    @BeforeAll
    static void buildTheJar() throws Exception {
        Path classes = Path.of(FastStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String testPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // As the build lays it out: the libraries in lib/ beside the jar, named by relative entries (the JVM does not
        // archive classes from absolute ones).
        Path lib = Files.createDirectories(layout.resolve("lib"));
        List<String> libs = new ArrayList<>();
        for (String e : testPath.split(File.pathSeparator)) {
            if (!e.endsWith(".jar")) continue;
            Path source = Path.of(e).toAbsolutePath();
            Path link = lib.resolve(libs.size() + "-" + source.getFileName());
            try {
                Files.createSymbolicLink(link, source);
            } catch (IOException | UnsupportedOperationException noLinks) {
                Files.copy(source, link);
            }
            libs.add("lib/" + link.getFileName());
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.azscsp.Main");
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", libs));
        appJar = layout.resolve("azs-csp-troubleshooter.jar");
        try (OutputStream out = Files.newOutputStream(appJar); JarOutputStream jar = new JarOutputStream(out, m)) {
            Files.walkFileTree(classes, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                    Files.copy(f, jar);
                    jar.closeEntry();
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }

    /** @param classLogs what each JVM of the start loaded, one log per JVM */
    private record Run(int code, String out, List<String> classLogs) {}

    /** {@code java [options] -jar app.jar}, the window shown headless and closed at once. */
    private Run start(String... options) throws Exception {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dazscsp.home=" + home, "-Dazscsp.exitAfterShown=true", "-Duser.language=en",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Xlog:class+load=info:file=" + home.resolve("classes-%p.log")));
        c.addAll(List.of(options));
        c.addAll(List.of("-jar", appJar.toString()));
        Path out = home.resolve("out.txt");
        Process p = new ProcessBuilder(c).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the app ends");
        List<Path> logs;
        try (Stream<Path> s = Files.list(home)) {
            logs = s.filter(f -> f.getFileName().toString().startsWith("classes-")).toList();
        }
        List<String> read = new ArrayList<>();
        for (Path l : logs) {
            read.add(Files.readString(l));
            Files.delete(l);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), read);
    }

    private List<Path> cache() throws IOException {
        Path folder = home.resolve("cache");
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    /** The log of the JVM that opened the window: the one that loaded the window's class. */
    private static String windowJvmLog(Run r) {
        for (String s : r.classLogs()) {
            if (s.contains("dev.azscsp.ui.main.MainWindow ")) return s;
        }
        throw new AssertionError("no JVM loaded the window: " + r.out());
    }

    private static boolean fromArchive(String log, String className) {
        return log.lines().anyMatch(l -> l.contains(" " + className + " source: shared objects file"));
    }

    @Test
    void theFirstStartWritesTheArchiveAndTheNextOneOpensTheWindowFromIt() throws Exception {
        Run first = start();
        assertEquals(0, first.code(), first.out());
        assertTrue(first.out().contains("WINDOW_SHOWN"), first.out());
        assertEquals(2, first.classLogs().size(), "the window opened in a second JVM");
        List<Path> cache = cache();
        assertEquals(1, cache.size(), "one archive and nothing else: " + cache);
        assertTrue(cache.get(0).getFileName().toString().matches("start-[0-9a-f]{20}\\.jsa"), cache.toString());
        var written = Files.getLastModifiedTime(cache.get(0));

        Run next = start();
        assertEquals(0, next.code(), next.out());
        assertTrue(next.out().contains("WINDOW_SHOWN"), next.out());
        String log = windowJvmLog(next);
        assertTrue(fromArchive(log, "dev.azscsp.ui.main.MainWindow"), "the app's classes come from the archive");
        assertTrue(fromArchive(log, "javafx.scene.control.Button"), "and so do JavaFX's");
        assertEquals(cache, cache(), "the archive is used, not written again");
        assertEquals(written, Files.getLastModifiedTime(cache.get(0)));
        assertFalse(next.out().toLowerCase().contains("shared archive"), next.out());
    }

    @Test
    void aDamagedArchiveChangesNothingTheUserSees() throws Exception {
        assertEquals(0, start().code());
        Path archive = cache().get(0);
        archive.toFile().setWritable(true);
        Files.write(archive, new byte[300_000]);
        Run r = start();
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("WINDOW_SHOWN"), r.out());
        String lower = r.out().toLowerCase();
        assertFalse(lower.contains("shared archive") || lower.contains("cds"), r.out());
        assertFalse(fromArchive(windowJvmLog(r), "dev.azscsp.ui.main.MainWindow"));
    }

    @Test
    void turnedOffOrWithADebuggerTheWindowOpensInTheJvmThatWasStarted() throws Exception {
        Run off = start("-Dazscsp.fastStart=false");
        assertEquals(0, off.code(), off.out());
        assertTrue(off.out().contains("WINDOW_SHOWN"), off.out());
        assertEquals(1, off.classLogs().size());
        assertEquals(List.of(), cache());

        Run debugged = start("-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0");
        assertEquals(0, debugged.code(), debugged.out());
        assertEquals(1, debugged.classLogs().size(), "one JVM, so the debugger is attached to the window");
    }

    @Test
    void stoppingTheFirstJvmClosesTheWindowOfTheSecond() throws Exception {
        List<String> c = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dazscsp.home=" + home, "-Duser.language=en", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true", "-jar", appJar.toString());
        Process first = new ProcessBuilder(c).redirectErrorStream(true).redirectOutput(home.resolve("out.txt").toFile()).start();
        try {
            // The second JVM says its window is up with a marker file beside the archive.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (cache().stream().noneMatch(p -> p.toString().endsWith(".shown"))) {
                assertTrue(first.isAlive() && System.nanoTime() < until, "the window shows: " + Files.readString(home.resolve("out.txt")));
                Thread.sleep(100);
            }
            List<ProcessHandle> second = first.descendants().toList();
            assertEquals(1, second.size());
            first.destroy();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
            assertTrue(second.get(0).onExit().get(30, TimeUnit.SECONDS) != null);
            assertFalse(second.get(0).isAlive(), "the window went with the JVM that was started");
        } finally {
            first.descendants().forEach(ProcessHandle::destroyForcibly);
            first.destroyForcibly();
        }
    }
}
