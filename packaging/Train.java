import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Packaging step (run by Maven with the packaging JDK, after jpackage made the app-image): the ahead-of-time cache.
 * It starts the packaged window launcher itself once, as a training run (JEP 514/515): a command-line diagnosis of a
 * demo scenario in the same process, then the window to that scenario's result (system property azscsp.training,
 * see dev.azscsp.Main). The JVM writes the cache beside the app; then every launcher's .cfg gets
 * -XX:AOTCache=$APPDIR/NAME.aot. A JVM that cannot map the cache (another CPU, a damaged file) starts without it.
 *
 * The JVM maps the cache only while the class path's jars keep the dates they had at training. Installers copy the
 * files and their dates change: every file of the app folder gets the date EPOCH first (seconds since 1970), and
 * the Linux package is built with SOURCE_DATE_EPOCH set to the same value, which dpkg-deb applies to every file it
 * packs (as reproducible builds do).
 *
 * Arguments: APP_IMAGE NAME SCENARIO EPOCH. Linux without a display runs the window under xvfb-run.
 */
public class Train {
    public static void main(String[] args) throws Exception {
        if (args.length != 4) throw new IllegalArgumentException("usage: Train APP_IMAGE NAME SCENARIO EPOCH");
        Path image = Path.of(args[0]).toAbsolutePath();
        String name = args[1];
        String scenario = args[2];
        FileTime epoch = FileTime.from(Instant.ofEpochSecond(Long.parseLong(args[3])));
        Layout layout = Layout.of(image, name);
        try (Stream<Path> files = Files.walk(layout.appDir())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(f, epoch);
        }
        Path cache = layout.appDir().resolve(name + ".aot");
        Files.deleteIfExists(cache);
        Path home = Files.createTempDirectory("aot-training");

        List<String> cmd = new ArrayList<>();
        if (isLinux() && System.getenv("DISPLAY") == null) cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"));
        cmd.add(layout.launcher().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("JAVA_TOOL_OPTIONS", String.join(" ",
                "-XX:AOTCacheOutput=" + cache, "-Xlog:aot*=error", "-Dazscsp.training=" + scenario, "-Dazscsp.home=" + home));
        // The JVM assembles the cache in a child process started from the runtime's bin/java. Where jpackage left the
        // runtime without it, the packaging JDK's launcher (the same build) stands in for the training only.
        Path java = layout.runtime().resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        boolean borrowed = !Files.exists(java);
        if (borrowed) {
            Files.createDirectories(java.getParent());
            Files.copy(Path.of(System.getProperty("java.home"), "bin", java.getFileName().toString()), java);
        }
        Process p = pb.start();
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (borrowed) Files.delete(java);
        if (!ended) {
            p.destroyForcibly();
            throw new IllegalStateException("Train: the training run did not end within 5 minutes");
        }
        if (p.exitValue() != 0) throw new IllegalStateException("Train: the training run exited with " + p.exitValue());
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) throw new IllegalStateException("Train: no cache at " + cache);

        try (Stream<Path> cfgs = Files.list(layout.appDir())) {
            for (Path cfg : cfgs.filter(f -> f.getFileName().toString().endsWith(".cfg")).toList()) useCache(cfg, name);
        }
        System.out.println("Train: " + cache + " (" + Files.size(cache) / (1024 * 1024) + " MB), named in every launcher's .cfg");
    }

    /**
     * Adds the cache option under [JavaOptions] (once), with the JVM's cache messages turned off: a cache it cannot
     * map (a jar whose date changed, another CPU) is skipped with warnings on standard output, which would land in
     * the middle of a command's output (JSON included). The app then starts as it would without a cache.
     */
    static void useCache(Path cfg, String name) throws IOException {
        List<String> options = List.of("java-options=-Xlog:aot*=off,cds*=off", "java-options=-XX:AOTCache=$APPDIR/" + name + ".aot");
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
        if (lines.containsAll(options)) return;
        int at = lines.indexOf("[JavaOptions]");
        if (at < 0) {
            lines.add("[JavaOptions]");
            at = lines.size() - 1;
        }
        lines.addAll(at + 1, options);
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    static boolean isLinux() { return System.getProperty("os.name").toLowerCase().contains("linux"); }

    static boolean isWindows() { return System.getProperty("os.name").toLowerCase().contains("win"); }

    /** Where jpackage puts the launcher, the app folder ($APPDIR) and the runtime on each OS. */
    record Layout(Path launcher, Path appDir, Path runtime) {
        static Layout of(Path image, String name) {
            String os = System.getProperty("os.name").toLowerCase();
            if (os.contains("win")) return new Layout(image.resolve(name + ".exe"), image.resolve("app"), image.resolve("runtime"));
            if (os.contains("mac")) {
                Path app = image.getFileName().toString().endsWith(".app") ? image : image.resolveSibling(name + ".app");
                return new Layout(app.resolve("Contents/MacOS/" + name), app.resolve("Contents/app"),
                        app.resolve("Contents/runtime/Contents/Home"));
            }
            return new Layout(image.resolve("bin/" + name), image.resolve("lib/app"), image.resolve("lib/runtime"));
        }
    }
}
