package dev.azscsp.app;

import java.util.function.Consumer;

import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.api.RegistrationApi;

/** Builds the RegistrationApi for a connection: the simulated Azure for the demo, the Azure SDK adapter otherwise. */
public final class Connector {
    private Connector() {}

    /**
     * Prepares the API. Cheap enough to call in the background as soon as the user picks a method; sign-in itself
     * happens at the first call.
     *
     * @param deviceCode receives the code to show when the device-code method asks for it (any thread)
     */
    public static RegistrationApi connect(Connection c, Consumer<DeviceCode> deviceCode) {
        if (c.signIn() == SignIn.DEMO) return new SimulatedAzure(c.scenario());
        return AzureBridge.connect(c, deviceCode);
    }
}
