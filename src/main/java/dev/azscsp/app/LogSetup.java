package dev.azscsp.app;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * The app's logging, set up in code (found by logback through {@code META-INF/services}): a logback.xml is parsed by
 * Joran, which took about a third of a second at every start.
 * <ul>
 *   <li>the log file in {@link AppFolders#logs()}: 2 MB, then rolled, three files kept; messages go through
 *   {@link RedactingMessageConverter}, which shortens ids when the user asks for it;</li>
 *   <li>standard error gets warnings only (standard output belongs to command results), unless
 *   {@link Logging#verbose()} lifts the filter;</li>
 *   <li>the JDK transport warns about a restricted header on every request with a body, and the retry policy logs
 *   a stack trace when retries run out, which the app reports in its own words: both are silenced.</li>
 * </ul>
 * A {@code logback-test.xml} on the class path, or {@code -Dlogback.configurationFile}, takes over instead.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureShipped(ctx);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The shipped set-up, whatever else is on the class path. */
    void configureShipped(LoggerContext ctx) {
        registerMessageConverter(ctx);
        String dir = AppFolders.logs().toString();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setName("FILE");
        file.setFile(dir + "/" + AppInfo.ID + ".log");
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(ctx);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/" + AppInfo.ID + ".%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(ctx);
        trigger.setMaxFileSize(FileSize.valueOf("2MB"));
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder(ctx, "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{30} - %msg%n"));
        rolling.start();
        trigger.start();
        file.start();

        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(ctx);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel("WARN");
        warnings.start();
        stderr.addFilter(warnings);
        stderr.setEncoder(encoder(ctx, "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n"));
        stderr.start();

        ctx.getLogger("com.azure.core.http.jdk.httpclient").setLevel(Level.ERROR);
        ctx.getLogger("com.azure.core.http.policy.RetryPolicy").setLevel(Level.OFF);
        ctx.getLogger("com.azure").setLevel(Level.WARN);
        ctx.getLogger("com.microsoft.aad.msal4j").setLevel(Level.WARN);
        ctx.getLogger("dev.azscsp").setLevel(Level.INFO);
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
        root.addAppender(stderr);
    }

    /** {@code %msg} becomes the redacting converter, for every pattern in this context. */
    @SuppressWarnings("unchecked")
    private static void registerMessageConverter(LoggerContext ctx) {
        Map<String, Supplier<DynamicConverter<?>>> rules =
                (Map<String, Supplier<DynamicConverter<?>>>) ctx.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        if (rules == null) {
            rules = new HashMap<>();
            ctx.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
        }
        rules.put("msg", RedactingMessageConverter::new);
    }

    private static PatternLayoutEncoder encoder(LoggerContext ctx, String pattern) {
        PatternLayoutEncoder e = new PatternLayoutEncoder();
        e.setContext(ctx);
        e.setPattern(pattern);
        e.start();
        return e;
    }
}
