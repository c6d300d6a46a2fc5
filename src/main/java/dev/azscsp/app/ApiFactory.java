package dev.azscsp.app;

import java.util.function.Consumer;

import dev.azscsp.diagnosis.api.RegistrationApi;

/** Builds the RegistrationApi for a connection; the faces take one so tests can point them at a local fake ARM. */
@FunctionalInterface
public interface ApiFactory {
    ApiFactory DEFAULT = Connector::connect;

    /** @param deviceCode receives the code to show when the device-code method asks for it (any thread) */
    RegistrationApi connect(Connection connection, Consumer<DeviceCode> deviceCode);
}
