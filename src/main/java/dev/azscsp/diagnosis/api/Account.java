package dev.azscsp.diagnosis.api;

/**
 * The signed-in identity, as much as the token tells.
 *
 * @param name        the user principal name, or the application id of a service principal; null when the token
 *                    does not say (an opaque token)
 * @param application true when {@code name} is an application id
 * @param tenantId    the tenant the token was issued by (or the one asked for); null when unknown
 * @param cloud       the cloud signed in to ("AzureCloud", "demo"...)
 * @param method      how the user signed in, in words ("Azure CLI", "demo"...)
 */
public record Account(String name, boolean application, String tenantId, String cloud, String method) {

    /** A user account. */
    public static Account user(String upn, String tenantId, String cloud, String method) {
        return new Account(upn, false, tenantId, cloud, method);
    }

    /** Whether the token said who it was issued to. */
    public boolean known() { return name != null && !name.isBlank(); }
}
