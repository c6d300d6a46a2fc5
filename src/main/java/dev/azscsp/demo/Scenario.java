package dev.azscsp.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.input.RawInput;

/**
 * The demo's situations: a healthy registration, one per registration error code, and a few neighbours. Each comes
 * with the values to type, so the demo can be run with a click, and the card it should end on.
 */
public enum Scenario {
    HEALTHY(null, Intent.VERIFY),
    REGISTRATION_NOT_FOUND("RegistrationNotFound", Intent.VERIFY),
    WRONG_CLOUD_ID("RegistrationNotFound", Intent.CHECK_BEFORE_ADD),
    /** Another of the partner's subscriptions was typed: the registration is found in the one that holds it. */
    REGISTRATION_IN_OTHER_SUBSCRIPTION("RegistrationNotFound", Intent.VERIFY),
    BAD_CUSTOMER_SUBSCRIPTION_ID("BadCustomerSubscriptionId", Intent.ADD),
    INVALID_CUSTOMER_SUBSCRIPTION_ID("InvalidCustomerSubscriptionId", Intent.VERIFY),
    CUSTOMER_SUBSCRIPTION_NOT_FOUND("CustomerSubscriptionNotFound", Intent.VERIFY),
    UNAUTHORIZED_CSP_REGISTRATION("UnauthorizedCspRegistration", Intent.ADD),
    CUSTOMER_SUBSCRIPTIONS_NOT_ALLOWED("CustomerSubscriptionsNotAllowed", Intent.CHECK_BEFORE_ADD),
    INVALID_CSP_SUBSCRIPTION("InvalidCSPSubscription", Intent.CHECK_BEFORE_ADD),
    METADATA_RESOLVER_BAD_GATEWAY("MetadataResolverBadGatewayError", Intent.VERIFY),
    MISSING_PROVIDER("MissingSubscriptionRegistration", Intent.CHECK_BEFORE_ADD),
    NOT_AUTHORIZED("AuthorizationFailed", Intent.VERIFY),
    /** Reader only: the checks pass but the add is refused before any write. */
    MISSING_WRITE_PERMISSION("MissingWritePermission", Intent.ADD),
    READ_ONLY_LOCK("ScopeLocked", Intent.CHECK_BEFORE_ADD),
    THROTTLED("TooManyRequests", Intent.VERIFY),
    SLOW(null, Intent.VERIFY);

    static final String REGISTRATION_SUBSCRIPTION = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    /** The partner's other subscription, which holds no registration. */
    static final String OTHER_PARTNER_SUBSCRIPTION = "8e4d2c1b-7a6f-4e5d-9c3b-2a1f0e9d8c7b";
    static final String RESOURCE_GROUP = "azurestack";
    static final String REGISTRATION = "AzureStack-5bf881b2-6be7-42a1-9f47-d6fcb6737747";
    static final String CLOUD_ID = "5bf881b2-6be7-42a1-9f47-d6fcb6737747";
    static final String OTHER_CLOUD_ID = "9c2f3a10-41d7-4e55-a0b3-7d1e6f2c8a44";
    static final String CUSTOMER_SUBSCRIPTION = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    static final String CUSTOMER_TENANT = "dbab3982-796f-4d03-9908-044c08aef8a2";

    private final String expectedCode;
    private final Intent intent;

    Scenario(String expectedCode, Intent intent) {
        this.expectedCode = expectedCode;
        this.intent = intent;
    }

    /** The name used on the command line: {@code registration-not-found}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The card the demo ends on, or empty for the scenarios where nothing is wrong. */
    public Optional<String> expectedCode() { return Optional.ofNullable(expectedCode); }

    public Intent intent() { return intent; }

    /** What a user of this scenario types. */
    public RawInput input() {
        String registration = this == REGISTRATION_NOT_FOUND ? "AzureStackRegistration" : REGISTRATION;
        String customer = switch (this) {
            // A letter O where a zero belongs: the classic slip when an ID is typed from a screenshot.
            case INVALID_CUSTOMER_SUBSCRIPTION_ID -> "e09a4e93-29a7-4eba-a6d4-76202383fO7f";
            case BAD_CUSTOMER_SUBSCRIPTION_ID -> "7f4c2b1e-93d8-4a6e-b0f5-2c8e1d9a3b67";
            case INVALID_CSP_SUBSCRIPTION -> "3b9e7d21-5c4a-4f8b-9e06-a1d2c3b4e5f6";
            case CUSTOMER_SUBSCRIPTION_NOT_FOUND -> "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
            default -> CUSTOMER_SUBSCRIPTION;
        };
        String cloudId = this == WRONG_CLOUD_ID ? OTHER_CLOUD_ID : CLOUD_ID;
        String tenant = this == BAD_CUSTOMER_SUBSCRIPTION_ID || this == INVALID_CSP_SUBSCRIPTION ? null : CUSTOMER_TENANT;
        String subscription = this == REGISTRATION_IN_OTHER_SUBSCRIPTION ? OTHER_PARTNER_SUBSCRIPTION : REGISTRATION_SUBSCRIPTION;
        return new RawInput(subscription, RESOURCE_GROUP, registration, customer, tenant, cloudId, intent);
    }

    public static Optional<Scenario> parse(String key) {
        if (key == null) return Optional.empty();
        String k = key.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(s -> s.key().equals(k)).findFirst();
    }
}
