package dev.azscsp.ui.common;

import java.util.List;

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
     * As {@link #confirmWrite(String, String)}, with what the checks could not verify about the right to write (the
     * permissions or locks could not be read), to be shown in the question. The dialog overrides it; the default,
     * for tests written as lambdas, ignores the cautions.
     *
     * @param cautions sentences, empty when the rights were verified
     */
    default boolean confirmWrite(String resourceId, String customerTenantId, List<String> cautions) {
        return confirmWrite(resourceId, customerTenantId);
    }

    /**
     * Asked when the window is closed while the write is in flight: closing then loses its answer, and whether
     * Azure applied it is unknown. The default keeps the window open.
     *
     * @return true only when the user chose to close anyway
     */
    default boolean confirmCloseDuringWrite(String resourceId) {
        return false;
    }

    /**
     * The one confirmation before a plan of writes on a registration (the customers page). The default, for tests
     * written as lambdas and for any confirmer that does not know plans, refuses: nothing is written.
     *
     * @param registration the registration's name, for the dialog's header
     * @param text         what is confirmed: the registration, the counts, what a removal means
     * @return true only when the user confirmed
     */
    default boolean confirmPlan(String registration, String text) {
        return false;
    }

    /**
     * Asked when the window is closed while a plan is being applied. The default keeps the window open.
     *
     * @return true only when the user chose to close anyway
     */
    default boolean confirmCloseDuringPlan(String registration) {
        return false;
    }
}
