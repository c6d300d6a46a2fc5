package dev.azscsp.app;

import ch.qos.logback.core.PropertyDefinerBase;

/** Tells logback.xml where the log files go ({@link AppFolders#logs()}). */
public final class LogFolder extends PropertyDefinerBase {
    @Override
    public String getPropertyValue() {
        return AppFolders.logs().toString();
    }
}
