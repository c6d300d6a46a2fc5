package dev.azscsp.diagnosis.api;

/**
 * A registration resource.
 *
 * @param cloudId      the CloudID of the Azure Stack Hub stamp it was made for; null if ARM did not say
 * @param billingModel {@code PayAsYouUse}, {@code Capacity}, {@code Development}, {@code Custom}, {@code Ruggedized}
 */
public record Registration(String id, String name, String resourceGroup, String cloudId, String billingModel,
                           String objectId) {

    public boolean isPayAsYouUse() { return "PayAsYouUse".equalsIgnoreCase(billingModel); }
    public boolean isCapacity() { return "Capacity".equalsIgnoreCase(billingModel); }
}
