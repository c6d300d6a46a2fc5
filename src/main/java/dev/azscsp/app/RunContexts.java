package dev.azscsp.app;

import java.time.Instant;

import dev.azscsp.report.RunContext;

/** The head of a ticket for a connection: app version, cloud, the ARM address actually called, api-version. */
public final class RunContexts {
    private RunContexts() {}

    public static RunContext of(Connection c, Instant at) {
        String apiVersion = c.apiVersion() == null ? Connection.DEFAULT_API_VERSION : c.apiVersion();
        if (c.signIn() == SignIn.DEMO) return new RunContext(AppInfo.version(), "demo", null, apiVersion, at);
        String endpoint;
        try {
            endpoint = AzureBridge.options(c).armEndpoint().toString();
        } catch (RuntimeException unusable) {
            endpoint = c.armEndpoint();   // the run could not have reached it either; say what was typed
        }
        return new RunContext(AppInfo.version(), c.cloud().key(), endpoint, apiVersion, at);
    }
}
