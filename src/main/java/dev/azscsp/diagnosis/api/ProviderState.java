package dev.azscsp.diagnosis.api;

/** @param registrationState {@code Registered}, {@code NotRegistered}, {@code Registering}, {@code Unregistering} */
public record ProviderState(String namespace, String registrationState) {
    public boolean isRegistered() {
        return "Registered".equalsIgnoreCase(registrationState);
    }
}
