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

    /**
     * Asked when the window is closed while the write is in flight: closing then loses its answer, and whether
     * Azure applied it is unknown. The default keeps the window open.
     *
     * @return true only when the user chose to close anyway
     */
    default boolean confirmCloseDuringWrite(String resourceId) {
        return false;
    }
}
