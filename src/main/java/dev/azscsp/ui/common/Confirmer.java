package dev.azscsp.ui.common;

/** Asks the user before the one write the app can make. */
@FunctionalInterface
public interface Confirmer {

    /**
     * @param resourceId       exactly the resource that will be written (PUT)
     * @param customerTenantId the tenant sent with it, or null
     * @return true only when the user confirmed
     */
    boolean confirmWrite(String resourceId, String customerTenantId);
}
