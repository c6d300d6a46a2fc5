package dev.azscsp.app;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

import dev.azscsp.report.Redactor;

/** The log message, with every GUID shortened when the user asked for redacted logs ({@link Logging#redact}). */
public final class RedactingMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        String m = super.convert(event);
        return Logging.redacting() ? Redactor.redact(m) : m;
    }
}
