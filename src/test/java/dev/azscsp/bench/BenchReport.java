package dev.azscsp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/** Writes a benchmark's result to bench/results/NAME.md, with the machine it ran on. */
final class BenchReport {
    private BenchReport() {}

    static void write(String name, String body) throws IOException {
        String header = "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + LocalDate.now() + "\n\n";
        Path dir = Path.of("bench", "results");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".md"), body.replaceFirst("\n\n", "\n\n" + header), StandardCharsets.UTF_8);
        System.out.println(body);
    }

    static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
