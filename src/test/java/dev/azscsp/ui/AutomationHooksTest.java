package dev.azscsp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words smoke tests wait for also reach a file, where a Windows GUI launcher's output cannot be read. */
class AutomationHooksTest {
    @Test
    void eachWordIsAppendedToTheAutomationLog(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("automation.log");
        App.AutomationHooks.record("WINDOW_SHOWN", log.toString());
        App.AutomationHooks.record("RESULT_SHOWN", log.toString());
        assertThat(Files.readAllLines(log)).containsExactly("WINDOW_SHOWN", "RESULT_SHOWN");
    }

    @Test
    void anUnwritableLogIsReportedNotThrown(@TempDir Path dir) {
        App.AutomationHooks.record("WINDOW_SHOWN", dir.resolve("missing-folder").resolve("x.log").toString());
        App.AutomationHooks.record("WINDOW_SHOWN", null);
    }
}
