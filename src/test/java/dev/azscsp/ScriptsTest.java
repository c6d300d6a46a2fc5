package dev.azscsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The shell scripts CI and the benchmarks run. */
class ScriptsTest {
    /** A pipe into a reader that stops early: the writer may die of SIGPIPE, which pipefail turns into a failure. */
    private static final Pattern EARLY_EXIT_READER = Pattern.compile("\\|\\s*(head\\b|grep\\s+(-\\w*q|--quiet))");

    @Test
    void noPipefailScriptPipesIntoAReaderThatStopsEarly() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Stream.of(Path.of(".ci"), Path.of("packaging"), Path.of("bench"))
                .flatMap(ScriptsTest::files)) {
            scripts = s.filter(p -> p.getFileName().toString().endsWith(".sh") || p.getFileName().toString().equals("run")).toList();
        }
        assertThat(scripts).contains(Path.of(".ci", "run"), Path.of("packaging", "smoke.sh"));
        for (Path script : scripts) {
            List<String> lines = Files.readAllLines(script);
            boolean pipefail = lines.stream().anyMatch(l -> l.contains("pipefail"))
                    || lines.stream().anyMatch(l -> l.contains("common.sh"));
            if (!pipefail) continue;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("#")) continue;
                assertThat(EARLY_EXIT_READER.matcher(line).find()).as(script + ":" + (i + 1) + ": " + line).isFalse();
            }
        }
    }

    private static Stream<Path> files(Path dir) {
        try {
            return Files.isDirectory(dir) ? Files.walk(dir).filter(Files::isRegularFile).toList().stream() : Stream.empty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
