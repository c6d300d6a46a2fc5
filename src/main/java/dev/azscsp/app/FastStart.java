package dev.azscsp.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.function.Supplier;
import java.util.jar.JarFile;

/**
 * A window started with a plain {@code java -jar} runs in a second JVM with the two options the installed app's
 * launcher carries: a class-data archive of the classes the app loaded last time, and the C1 compiler only. Neither
 * can be switched on inside a running JVM, and together they open the first window about 40 % sooner on two cores.
 *
 * <p>The archive lives in the per-user cache folder, one per runtime and class path (their paths, sizes and dates
 * name it). The first start writes it when the app quits, into a file of its own that is moved into place only when
 * the app ended normally; a later start that finds it hands it to the JVM, which checks it again and quietly runs
 * without it when it does not match. Nothing of this is shown to the user.
 *
 * <p>Left alone, so that the start is exactly what was asked for: the command line (its output and exit codes go
 * straight to the caller), the packaged app (its launcher has the options and its own cache), a class path with
 * directories (a development start: the JVM cannot archive classes from a directory), a JVM that is not HotSpot, a
 * JVM started with a debugger, an agent, a recording, or class-data or compiler options of its own, and
 * {@code -Dazscsp.fastStart=false}.
 * Whatever goes wrong before the second JVM shows its window, the window starts in this one instead.
 */
public final class FastStart {
    /** Set on the second JVM, so it never starts a third. */
    static final String CHILD_PROPERTY = "azscsp.fastStart.child";
    /** Where the second JVM says its window is up. */
    static final String SHOWN_PROPERTY = "azscsp.fastStart.shown";
    /** {@code false} turns the restart off. */
    static final String SWITCH_PROPERTY = "azscsp.fastStart";
    static final String ARCHIVE_PREFIX = "start-";
    static final String ARCHIVE_SUFFIX = ".jsa";
    /** Archives of other runtimes or versions kept beside the current one (a JDK 17 and a JDK 25, say). */
    static final int ARCHIVES_KEPT = 3;
    /** A half-written archive older than this belongs to a start that was killed. */
    static final Duration STALE_PART = Duration.ofHours(1);

    /** JVM options that mean someone is observing or tuning this start: a restart would get in their way. */
    private static final List<String> HANDS_OFF = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrun", "-Xdebug",
            "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive", "-XX:AOT",
            "-XX:StartFlightRecording", "-XX:TieredStopAtLevel");

    private FastStart() {}

    /**
     * Runs the window in a second JVM when that is worth it and possible.
     *
     * @return the second JVM's exit code, for this one to exit with; empty when the window is to start in this JVM
     */
    public static OptionalInt run(String[] args) {
        try {
            return run(args, Host.current());
        } catch (RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    static OptionalInt run(String[] args, Host host) {
        try {
            Optional<Plan> plan = plan(args, host);
            if (plan.isEmpty()) return OptionalInt.empty();
            return plan.get().execute();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();   // the normal start, in this JVM
        }
    }

    /**
     * What this JVM knows about itself, gathered in one place so the rules below can be tested with any values. The
     * JVM's options and its command are asked for only once the system properties allow a restart: reading them
     * loads the JVM's management classes, which the packaged app and the second JVM must not pay for.
     */
    record Host(Map<String, String> properties, Supplier<List<String>> jvmOptions, Supplier<Optional<String>> javaCommand,
                Path cacheFolder) {
        static Host current() {
            Map<String, String> p = new java.util.HashMap<>();
            for (String k : List.of("jpackage.app-path", CHILD_PROPERTY, SWITCH_PROPERTY, "java.vm.name", "java.vm.version",
                    "java.home", "java.class.path", "os.name")) {
                String v = System.getProperty(k);
                if (v != null) p.put(k, v);
            }
            return new Host(p, () -> java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    () -> ProcessHandle.current().info().command(), AppFolders.cache());
        }

        String property(String key) { return properties.getOrDefault(key, ""); }
    }

    /** Why the start stays in this JVM; null when it may move. */
    static String reasonToStay(String[] args, Host host) {
        if (args.length > 0) return "command line";
        if (!host.property(CHILD_PROPERTY).isEmpty()) return "already the second JVM";
        if ("false".equalsIgnoreCase(host.property(SWITCH_PROPERTY).strip())) return "turned off";
        if (!host.property("jpackage.app-path").isEmpty()) return "packaged app";
        String vm = host.property("java.vm.name");
        if (!vm.contains("HotSpot") && !vm.contains("OpenJDK")) return "not a HotSpot JVM";
        for (String o : host.jvmOptions().get()) {
            for (String h : HANDS_OFF) if (o.startsWith(h)) return "JVM option " + h;
        }
        List<Path> path = classPath(host.property("java.class.path"));
        if (path.isEmpty()) return "no class path";
        for (Path p : path) if (!isJar(p)) return "class path entry is not a jar";
        return null;
    }

    static Optional<Plan> plan(String[] args, Host host) throws IOException {
        if (reasonToStay(args, host) != null) return Optional.empty();
        List<Path> jars = withManifestClassPath(classPath(host.property("java.class.path")));
        for (Path p : jars) if (!isJar(p)) return Optional.empty();
        Path java = host.javaCommand().get().map(Path::of)
                .orElse(Path.of(host.property("java.home"), "bin", host.property("os.name").startsWith("Windows") ? "java.exe" : "java"));
        if (!Files.isExecutable(java)) return Optional.empty();
        Files.createDirectories(host.cacheFolder());
        if (!Files.isWritable(host.cacheFolder())) return Optional.empty();
        Path archive = host.cacheFolder().resolve(ARCHIVE_PREFIX + key(host, jars) + ARCHIVE_SUFFIX);
        return Optional.of(new Plan(java, host.jvmOptions().get(), host.property("java.class.path"), archive,
                Files.isRegularFile(archive) && Files.size(archive) > 0));
    }

    /**
     * The second JVM and what to do with its archive.
     *
     * @param reuse whether the archive is there to use; otherwise this start writes it
     */
    record Plan(Path java, List<String> jvmOptions, String classPath, Path archive, boolean reuse) {
        /** The archive being written, beside its final place, named after this process so two first starts never share it. */
        Path part() {
            return archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        }

        List<String> command() {
            List<String> c = new ArrayList<>();
            c.add(java.toString());
            c.addAll(jvmOptions);
            c.add("-D" + CHILD_PROPERTY + "=true");
            c.add("-D" + SHOWN_PROPERTY + "=" + shownMarker());
            c.add("-XX:TieredStopAtLevel=1");
            c.add("-Xshare:auto");
            c.add("-Xlog:cds*=off");   // an archive that does not match is the JVM's business, not the user's
            c.add(reuse ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + part());
            c.add("-cp");
            c.add(classPath);
            c.add("dev.azscsp.Main");
            return c;
        }

        /** The file the second JVM creates once its window is up: how this one knows the restart worked. */
        Path shownMarker() {
            return archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".shown");
        }

        /** Runs the second JVM to its end; empty when it ended in failure before its window showed. */
        OptionalInt execute() throws IOException {
            Path marker = shownMarker();
            Files.deleteIfExists(marker);
            Process child = new ProcessBuilder(command()).inheritIO().start();
            // If this JVM is told to stop (Ctrl+C, a kill), the window goes with it.
            Thread stopChild = new Thread(child::destroy, "fast-start-stop");
            Runtime.getRuntime().addShutdownHook(stopChild);
            int code;
            try {
                code = child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.destroy();
                code = 1;
            }
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            boolean shown = Files.exists(marker);
            deleteQuietly(marker);
            settle(code, shown);
            return code != 0 && !shown ? OptionalInt.empty() : OptionalInt.of(code);
        }

        /**
         * After the second JVM: the new archive into place, or a suspect one out of the way; then tidy the folder.
         * A second JVM that failed before its window showed may have failed because of the archive or the options.
         */
        void settle(int exitCode, boolean shown) {
            try {
                if (!reuse) {
                    Path part = part();
                    if (exitCode == 0 && Files.isRegularFile(part) && Files.size(part) > 0) moveIntoPlace(part, archive);
                    else deleteQuietly(part);
                } else if (exitCode != 0 && !shown) {
                    deleteQuietly(archive);
                }
                tidy(archive.getParent(), archive, Instant.now());
            } catch (IOException | RuntimeException e) {
                // a cache: the next start tries again
            }
        }
    }

    /** Called by the window once it is shown: tells the first JVM, when this is the second, that the restart worked. */
    public static void windowShown() {
        String marker = System.getProperty(SHOWN_PROPERTY);
        if (marker == null || marker.isBlank()) return;
        try {
            Files.write(Path.of(marker), new byte[0]);
        } catch (IOException | RuntimeException e) {
            // the first JVM then only trusts the exit code
        }
    }

    static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Keeps the newest archives (the current one always) and drops what killed starts left (half-written archives, markers). */
    static void tidy(Path folder, Path current, Instant now) throws IOException {
        List<Path> archives = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ARCHIVE_PREFIX + "*")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!name.endsWith(ARCHIVE_SUFFIX)) {
                    if (Files.getLastModifiedTime(f).toInstant().isBefore(now.minus(STALE_PART))) deleteQuietly(f);
                } else if (name.endsWith(ARCHIVE_SUFFIX) && !f.equals(current)) {
                    archives.add(f);
                }
            }
        }
        archives.sort(Comparator.comparing(FastStart::modified).reversed());
        for (int i = ARCHIVES_KEPT - 1; i < archives.size(); i++) deleteQuietly(archives.get(i));
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** The JVM writes archives read-only, which Windows will not delete as they are. */
    static void deleteQuietly(Path p) {
        try {
            p.toFile().setWritable(true);
            Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // in use by a running app, or gone already
        }
    }

    /** Names the archive after everything the JVM checks it against: the runtime, and each jar's path, size and date. */
    static String key(Host host, List<Path> jars) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append(host.property("java.home")).append('\n').append(host.property("java.vm.version")).append('\n');
        for (Path j : jars) {
            s.append(j.toAbsolutePath()).append('|').append(Files.size(j)).append('|')
                    .append(Files.getLastModifiedTime(j).toMillis()).append('\n');
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> classPath(String value) {
        List<Path> out = new ArrayList<>();
        for (String e : value.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
            if (!e.isBlank()) out.add(Path.of(e));
        }
        return out;
    }

    /** The jars on the class path and those their manifests add (how {@code java -jar} finds the libraries). */
    static List<Path> withManifestClassPath(List<Path> jars) throws IOException {
        Set<Path> all = new LinkedHashSet<>();
        for (Path j : jars) {
            all.add(j);
            try (JarFile jar = new JarFile(j.toFile())) {
                var manifest = jar.getManifest();
                String cp = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                if (cp == null) continue;
                for (String entry : cp.trim().split("\\s+")) {
                    if (entry.isEmpty()) continue;
                    // Entries are URLs relative to the jar (JAR File Specification); ones that are not there are skipped, as the JVM does.
                    Path p = Path.of(j.toAbsolutePath().toUri().resolve(entry));
                    if (Files.exists(p)) all.add(p);
                }
            }
        }
        return List.copyOf(all);
    }

    static boolean isJar(Path p) {
        return Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }
}
