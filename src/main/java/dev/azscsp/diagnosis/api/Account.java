package dev.azscsp.diagnosis.api;

/**
 * The signed-in identity, as much as the token tells.
 *
 * @param name     the user principal name or app id; never a secret
 * @param tenantId the tenant the token was issued by
 * @param method   how the user signed in, in words ("Azure CLI", "demo"...)
 */
public record Account(String name, String tenantId, String method) {}
