package dev.azscsp.ui.common;

import java.util.function.Consumer;

import dev.azscsp.app.Connection;
import dev.azscsp.app.Connector;
import dev.azscsp.app.DeviceCode;
import dev.azscsp.diagnosis.api.RegistrationApi;

/** How the UI gets a {@link RegistrationApi}: {@link Connector} in the app, a seam for tests. */
@FunctionalInterface
public interface ApiFactory {
    ApiFactory CONNECTOR = Connector::connect;

    /** May block (building a client); never called on the JavaFX thread. */
    RegistrationApi connect(Connection connection, Consumer<DeviceCode> deviceCode);
}
