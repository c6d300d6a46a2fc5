package dev.azscsp.app;

import java.util.function.Consumer;

import dev.azscsp.diagnosis.api.RegistrationApi;

/** Maps a {@link Connection} onto the Azure adapter's options. */
final class AzureBridge {
    private AzureBridge() {}

    static RegistrationApi connect(Connection c, Consumer<DeviceCode> deviceCode) {
        throw new UnsupportedOperationException("Azure adapter not wired yet");
    }
}
