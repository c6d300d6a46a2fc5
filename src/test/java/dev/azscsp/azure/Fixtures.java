package dev.azscsp.azure;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeRegistration;
import dev.azscsp.azure.fake.FakeTokens;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.RegistrationRef;

/** Values from the REST spec's examples, and a registration that can take customers. */
final class Fixtures {
    static final String REG_SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String RG = "azurestack";
    static final String REG_NAME = "testregistration";
    static final RegistrationRef REF = new RegistrationRef(REG_SUB, RG, REG_NAME);
    static final String CLOUD_ID = "5bf881b2-6be7-42a1-9f47-d6fcb6737747";
    static final String OBJECT_ID = "2dbdd5f4-daf3-442a-be35-b71c3debee5a";
    static final String CUSTOMER = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    static final String CUSTOMER_TENANT = "dbab3982-796f-4d03-9908-044c08aef8a2";

    private Fixtures() {}

    /** A PayAsYouUse, approved registration and a CSP customer subscription of the same partner, not yet mapped. */
    static FakeRegistration healthy(FakeArm fake) {
        fake.addSubscription(REG_SUB).tenantId(FakeTokens.PARTNER_TENANT);
        fake.addSubscription(CUSTOMER).tenantId(CUSTOMER_TENANT).displayName("Fabrikam production");
        return fake.addRegistration(REG_SUB, RG, REG_NAME).cloudId(CLOUD_ID).objectId(OBJECT_ID).billingModel("PayAsYouUse");
    }

    @FunctionalInterface
    interface ApiCall {
        Object call() throws ArmFailure;
    }

    /** The ArmFailure the call throws; fails the test if it returns. */
    static ArmFailure failureOf(ApiCall call) {
        Object result;
        try {
            result = call.call();
        } catch (ArmFailure f) {
            return f;
        }
        throw new AssertionError("Expected an ArmFailure, but the call returned " + result);
    }
}
