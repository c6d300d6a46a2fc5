package dev.azscsp.azure;

import dev.azscsp.azure.fake.ArmErrorMessages;
import dev.azscsp.azure.fake.ArmErrorMessages.Code;
import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.azure.fake.RecordedRequest;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.ArmFailure.Kind;
import dev.azscsp.diagnosis.api.RegistrationApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.azscsp.azure.Fixtures.CUSTOMER;
import static dev.azscsp.azure.Fixtures.CUSTOMER_TENANT;
import static dev.azscsp.azure.Fixtures.REF;
import static dev.azscsp.azure.Fixtures.REG_NAME;
import static dev.azscsp.azure.Fixtures.REG_SUB;
import static dev.azscsp.azure.Fixtures.RG;
import static dev.azscsp.azure.Fixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every error envelope of the workflow, and bodies that are not ARM's, as the domain receives them. */
class ArmErrorMappingTest {
    @RegisterExtension private static final FakeArm fake = FakeArm.start();
    private RegistrationApi api;

    @FunctionalInterface
    interface Operation {
        Object on(RegistrationApi api) throws ArmFailure;
    }

    @BeforeEach
    void setUp() {
        fake.reset();
        Fixtures.healthy(fake).addCustomerSubscription(CUSTOMER, CUSTOMER_TENANT);
        api = fake.connect(fake.options().maxRetries(0).build()); // one answer per call: the mapping is under test
    }

    static Stream<Arguments> envelopes() {
        Operation registration = api -> api.registration(REF);
        Operation add = api -> api.addCustomerSubscription(REF, CUSTOMER, CUSTOMER_TENANT);
        Operation customer = api -> api.customerSubscription(REF, CUSTOMER);
        Operation customers = api -> api.customerSubscriptions(REF);
        return Stream.of(
                arguments(Code.RegistrationNotFound, ArmErrorMessages.registrationNotFound(REG_SUB, RG, REG_NAME), Kind.NOT_FOUND, registration),
                arguments(Code.BadCustomerSubscriptionId, ArmErrorMessages.badCustomerSubscriptionId(CUSTOMER, REG_NAME), Kind.BAD_REQUEST, add),
                arguments(Code.InvalidCustomerSubscriptionId, ArmErrorMessages.invalidCustomerSubscriptionId(CUSTOMER), Kind.BAD_REQUEST, add),
                arguments(Code.CustomerSubscriptionNotFound, ArmErrorMessages.customerSubscriptionNotFound(CUSTOMER, REG_NAME), Kind.NOT_FOUND, customer),
                arguments(Code.UnauthorizedCspRegistration, ArmErrorMessages.unauthorizedCspRegistration(REG_NAME), Kind.FORBIDDEN, add),
                arguments(Code.CustomerSubscriptionsNotAllowed, ArmErrorMessages.customerSubscriptionsNotAllowed(), Kind.BAD_REQUEST, add),
                arguments(Code.InvalidCSPSubscription, ArmErrorMessages.invalidCspSubscription(CUSTOMER), Kind.BAD_REQUEST, add),
                arguments(Code.MetadataResolverBadGatewayError, ArmErrorMessages.metadataResolverBadGateway(), Kind.TRANSIENT, add),
                arguments(Code.ResourceNotFound, ArmErrorMessages.resourceNotFound("Microsoft.AzureStack/registrations", REG_NAME, RG), Kind.NOT_FOUND, registration),
                arguments(Code.ResourceGroupNotFound, ArmErrorMessages.resourceGroupNotFound(RG), Kind.NOT_FOUND, registration),
                arguments(Code.ParentResourceNotFound, ArmErrorMessages.parentResourceNotFound(REG_NAME), Kind.NOT_FOUND, customers),
                arguments(Code.SubscriptionNotFound, ArmErrorMessages.subscriptionNotFound(CUSTOMER), Kind.NOT_FOUND, (Operation) api -> api.subscription(CUSTOMER)),
                arguments(Code.AuthorizationFailed, ArmErrorMessages.authorizationFailed("admin@contoso-csp.onmicrosoft.com",
                        "0b1f9c1e-0000-4000-8000-000000000000", "Microsoft.AzureStack/registrations/customerSubscriptions/write",
                        REF.resourceId()), Kind.FORBIDDEN, add),
                arguments(Code.InvalidAuthenticationToken, ArmErrorMessages.invalidAuthenticationToken(), Kind.AUTHENTICATION, (Operation) api -> api.registrations(REG_SUB)),
                arguments(Code.MissingSubscriptionRegistration, ArmErrorMessages.missingSubscriptionRegistration("Microsoft.AzureStack"), Kind.CONFLICT, add),
                arguments(Code.TooManyRequests, "Number of requests for subscription exceeded the limit.", Kind.THROTTLED, (Operation) api -> api.provider(REG_SUB, "Microsoft.AzureStack")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("envelopes")
    void an_arm_error_envelope_keeps_code_message_status_and_ids(Code code, String message, Kind kind, Operation operation) {
        fake.failNext("", code.status(), code.name(), message);

        ArmFailure f = failureOf(() -> operation.on(api));

        RecordedRequest answered = fake.lastRequest();
        assertThat(f.kind()).isEqualTo(kind);
        assertThat(f.code()).isEqualTo(code.name());
        assertThat(f.getMessage()).isEqualTo(message);
        assertThat(f.status()).isEqualTo(code.status());
        assertThat(f.requestId()).contains(answered.requestId());
        assertThat(f.correlationId()).contains(answered.correlationId());
        assertThat(f.is(code.name().toLowerCase())).isTrue();
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void an_html_error_page_from_a_proxy_keeps_its_status_kind_and_says_who_answered() {
        fake.inject(Fault.html(502, "<!DOCTYPE html><html><head><title>Proxy Error</title></head><body>Bad gateway</body></html>"));

        ArmFailure f = failureOf(() -> api.registration(REF));

        assertThat(f.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(f.status()).isEqualTo(502);
        assertThat(f.code()).isNull();
        assertThat(f.getMessage()).contains("HTML page", "\"Proxy Error\"", "proxy");
    }

    @Test
    void a_proxy_asking_for_credentials_is_a_network_problem() {
        fake.inject(Fault.html(407, "<html><title>Proxy Authentication Required</title></html>"));

        ArmFailure f = failureOf(() -> api.registration(REF));

        assertThat(f.kind()).isEqualTo(Kind.NETWORK);
        assertThat(f.status()).isEqualTo(407);
        assertThat(f.getMessage()).contains("proxy", "credentials");
    }

    @Test
    void a_plain_text_error_keeps_its_status_kind() {
        fake.inject(Fault.body(404, "text/plain", "Not Found"));

        ArmFailure f = failureOf(() -> api.registration(REF));

        assertThat(f.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(f.code()).isNull();
        assertThat(f.getMessage()).contains("HTTP 404", "text/plain", "Not Found");
    }

    @Test
    void an_html_page_with_status_200_is_a_malformed_response() {
        fake.inject(Fault.html(200, "<html><head><title>Sign in to the guest Wi-Fi</title></head></html>"));

        ArmFailure f = failureOf(() -> api.subscription(REG_SUB));

        assertThat(f.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(f.status()).isEqualTo(200);
        assertThat(f.getMessage()).contains("HTML page", "Sign in to the guest Wi-Fi");
        assertThat(f.requestId()).contains(fake.lastRequest().requestId());
    }

    @Test
    void malformed_json_with_status_200_is_a_malformed_response() {
        fake.inject(Fault.body(200, "application/json", "{\"id\": \"/subscriptions/"));

        ArmFailure f = failureOf(() -> api.registration(REF));

        assertThat(f.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(f.getMessage()).contains("not valid JSON", "{\"id\"");
    }

    @Test
    void a_list_whose_value_is_not_a_list_is_malformed() {
        fake.inject(Fault.body(200, "application/json", "{\"value\":{\"id\":\"x\"}}"));

        ArmFailure f = failureOf(() -> api.customerSubscriptions(REF));

        assertThat(f.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    }

    @Test
    void an_empty_200_list_body_means_no_customers() throws ArmFailure {
        fake.inject(Fault.body(200, "application/json", ""));

        assertThat(api.customerSubscriptions(REF)).isEmpty();
    }

    @Test
    void a_next_link_to_another_host_is_not_followed() {
        fake.inject(Fault.body(200, "application/json", "{\"value\":[],\"nextLink\":\"https://collector.example/steal?api-version=1\"}"));

        ArmFailure f = failureOf(() -> api.registrations(REG_SUB));

        assertThat(f.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(f.getMessage()).contains("nextLink", "not followed");
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void a_next_link_that_repeats_stops_instead_of_looping() {
        String self = fake.endpoint() + "subscriptions/" + REG_SUB + "/providers/Microsoft.AzureStack/registrations?api-version=2022-06-01&$skipToken=0";
        fake.inject(Fault.body(200, "application/json", "{\"value\":[],\"nextLink\":\"" + self + "\"}").always());

        ArmFailure f = failureOf(() -> api.registrations(REG_SUB));

        assertThat(f.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(fake.requests()).hasSize(2);
    }
}
