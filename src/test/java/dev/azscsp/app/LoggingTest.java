package dev.azscsp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ch.qos.logback.classic.LoggerContext;

/** The shipped logging set-up (LogSetup): a log file in the per-user folder, ids redacted on request, the SDK kept quiet. */
class LoggingTest {
    LoggerContext ctx;

    @AfterEach
    void stop() {
        Logging.redact(false);
        if (ctx != null) ctx.stop();
    }

    LoggerContext shipped(Path home) throws Exception {
        System.setProperty("azscsp.home", home.toString());
        ctx = new LoggerContext();
        ctx.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        ctx.start();
        LogSetup setup = new LogSetup();
        setup.setContext(ctx);
        // Under tests, logback-test.xml is on the class path and LogSetup steps aside: the test asks for the shipped one.
        setup.configureShipped(ctx);
        return ctx;
    }

    @Test
    void writesTheAppsLinesToTheFileAndRedactsIdsOnRequest(@TempDir Path home) throws Exception {
        String before = System.getProperty("azscsp.home");
        try {
            LoggerContext c = shipped(home);
            c.getLogger("dev.azscsp.test").info("plain dd8597b4-8739-4467-8b10-f8679f62bfbf");
            Logging.redact(true);
            c.getLogger("dev.azscsp.test").info("redacted dd8597b4-8739-4467-8b10-f8679f62bfbf");
            c.getLogger("dev.azscsp.test").debug("debug is off by default");
            c.getLogger("com.azure.core.http").info("the SDK's chatter stays out");
            c.stop();
            Path log = home.resolve("logs").resolve("azs-csp-troubleshooter.log");
            String text = Files.readString(log);
            assertThat(text).contains("plain dd8597b4-8739-4467-8b10-f8679f62bfbf", "redacted dd85\u2026bfbf")
                    .doesNotContain("redacted dd8597b4").doesNotContain("debug is off").doesNotContain("chatter");
        } finally {
            if (before == null) System.clearProperty("azscsp.home"); else System.setProperty("azscsp.home", before);
        }
    }

    @Test
    void logbackFindsTheSetUpAsItsConfigurator() {
        assertThat(java.util.ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class).stream()
                .<Class<?>>map(p -> p.type())).contains(LogSetup.class);
    }

    @Test
    void aTestConfigurationOnTheClassPathTakesOver() {
        LoggerContext c = new LoggerContext();
        LogSetup setup = new LogSetup();
        setup.setContext(c);
        assertThat(setup.configure(c)).isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }

    @Test
    void theFolderFollowsTheHomeOverride(@TempDir Path home) {
        String before = System.getProperty("azscsp.home");
        try {
            System.setProperty("azscsp.home", home.toString());
            assertThat(AppFolders.logs()).isEqualTo(home.resolve("logs"));
        } finally {
            if (before == null) System.clearProperty("azscsp.home"); else System.setProperty("azscsp.home", before);
        }
    }
}
