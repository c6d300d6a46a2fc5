package dev.azscsp.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.azscsp.i18n.Language;

class ErrorCatalogTest {
    static final List<String> REGISTRATION_CODES = List.of("RegistrationNotFound", "BadCustomerSubscriptionId",
            "InvalidCustomerSubscriptionId", "CustomerSubscriptionNotFound", "UnauthorizedCspRegistration",
            "CustomerSubscriptionsNotAllowed", "InvalidCSPSubscription", "MetadataResolverBadGatewayError");

    final ErrorCatalog catalog = ErrorCatalog.shipped();

    @Test
    void holdsTheEightRegistrationCodesAsServiceCodes() {
        List<String> service = catalog.codes().stream().filter(c -> c.origin() == Origin.SERVICE).map(CodeInfo::code).toList();
        assertThat(service).containsExactlyInAnyOrderElementsOf(REGISTRATION_CODES);
    }

    @Test
    void holdsTheNeighbouringAndLocalCodes() {
        assertThat(catalog.codes()).extracting(CodeInfo::code).contains("ResourceNotFound", "ResourceGroupNotFound",
                "ParentResourceNotFound", "SubscriptionNotFound", "AuthorizationFailed", "MissingSubscriptionRegistration",
                "InvalidAuthenticationToken", "TooManyRequests", "CloudIdUpdateNotAllowed", "InvalidRegistrationToken",
                "InputFormatInvalid", "SignInFailed", "NetworkUnreachable", "TlsUntrusted", "RequestTimedOut");
    }

    @Test
    void quotesTheServiceMessagesExactly() {
        assertThat(catalog.info("RegistrationNotFound").message(Language.EN)).contains(
                "The provided registration was not found. Make sure the following information was provided correctly: "
                        + "1. Subscription identifier (value provided: {subscriptionId}), 2. Resource group (value provided: "
                        + "{resourceGroup}), 3. Registration name (value provided: {registrationName}).");
        assertThat(catalog.info("MetadataResolverBadGatewayError").message(Language.EN)).contains(
                "One of the upstream servers returned an unexpected error. Try again later. If the problem persists, contact support.");
        assertThat(catalog.info("MetadataResolverBadGatewayError").retryable()).isTrue();
        assertThat(catalog.info("RegistrationNotFound").retryable()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCodeHasACompleteCardInEveryLanguage(Language lang) {
        for (CodeInfo c : catalog.codes()) {
            ErrorCard card = catalog.card(c.code(), lang, Values.empty());
            assertThat(card.title()).as(c.code()).isNotBlank();
            assertThat(card.details()).as(c.code()).isNotBlank();
            assertThat(card.cause()).as(c.code()).isNotBlank();
            assertThat(card.actions()).as(c.code()).isNotEmpty();
            if (c.origin() != Origin.SERVICE) assertThat(card.relation()).as(c.code()).isNotBlank();
            StringBuilder all = new StringBuilder(card.title() + card.details() + card.cause());
            for (ErrorCard.Action a : card.actions()) {
                all.append(a.text());
                for (ErrorCard.Command cmd : a.commands()) all.append(cmd.text());
            }
            assertThat(all).as(c.code()).doesNotContain("null").doesNotContain("{subscriptionId}").doesNotContain("{detail}");
        }
    }

    @Test
    void fillsTheUsersValuesIntoDetailsAndCommands() {
        Values v = Values.empty().with(Placeholder.SUBSCRIPTION_ID, "dd8597b4-8739-4467-8b10-f8679f62bfbf")
                .with(Placeholder.RESOURCE_GROUP, "azurestack").with(Placeholder.REGISTRATION_NAME, "testregistration");
        ErrorCard card = catalog.card("RegistrationNotFound", Language.EN, v);
        assertThat(card.details()).contains("(value provided: dd8597b4-8739-4467-8b10-f8679f62bfbf)",
                "(value provided: azurestack)", "(value provided: testregistration)");
        assertThat(card.actions()).flatExtracting(ErrorCard.Action::commands).extracting(ErrorCard.Command::text)
                .anyMatch(t -> t.contains("/subscriptions/dd8597b4-8739-4467-8b10-f8679f62bfbf/"));
        assertThat(card.actions()).extracting(ErrorCard.Action::number).startsWith(1, 2);
    }

    @Test
    void showsAClearMarkerForAMissingValueNeverNull() {
        ErrorCard en = catalog.card("CustomerSubscriptionNotFound", Language.EN, Values.empty());
        ErrorCard fr = catalog.card("CustomerSubscriptionNotFound", Language.FR, Values.empty());
        assertThat(en.details()).startsWith(catalog.marker(Placeholder.CUSTOMER_SUBSCRIPTION_ID, Language.EN)).doesNotContain("null");
        assertThat(catalog.marker(Placeholder.CUSTOMER_SUBSCRIPTION_ID, Language.EN)).startsWith("<").endsWith(">");
        assertThat(fr.details()).contains(catalog.marker(Placeholder.CUSTOMER_SUBSCRIPTION_ID, Language.FR));
        assertThat(catalog.marker(Placeholder.CUSTOMER_SUBSCRIPTION_ID, Language.FR))
                .isNotEqualTo(catalog.marker(Placeholder.CUSTOMER_SUBSCRIPTION_ID, Language.EN));
    }

    @Test
    void insertsValuesAsTextNeverAsTemplates() {
        Values v = Values.empty().with(Placeholder.REGISTRATION_NAME, "{subscriptionId}")
                .with(Placeholder.SUBSCRIPTION_ID, "SHOULD-NOT-APPEAR");
        ErrorCard card = catalog.card("UnauthorizedCspRegistration", Language.EN, v);
        assertThat(card.details()).startsWith("The provided {subscriptionId} is not approved");
    }

    @Test
    void keepsAValueWithAQuoteOutOfCommands() {
        Values v = Values.empty().with(Placeholder.REGISTRATION_NAME, "it's");
        ErrorCard card = catalog.card("CustomerSubscriptionsNotAllowed", Language.EN, v);
        assertThat(card.actions()).flatExtracting(ErrorCard.Action::commands).extracting(ErrorCard.Command::text)
                .isNotEmpty().noneMatch(t -> t.contains("it's") || t.contains("it''s"));
    }

    @Test
    void quotingDoublesEveryPowerShellSingleQuoteAndRefusesOneInAnAzureCliLine() {
        assertThat(Shell.POWERSHELL.quoteInside("a'b\u2018c\u2019d\u201ae\u201bf"))
                .isEqualTo("a''b\u2018\u2018c\u2019\u2019d\u201a\u201ae\u201b\u201bf");
        assertThatThrownBy(() -> Shell.AZURE_CLI.quoteInside("a\u201ab")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Shell.AZURE_CLI.canHold("$(calc)")).isFalse();
        assertThat(Shell.TEXT.canHold("$(calc)")).isTrue();
        assertThat(Shell.TEXT.canHold("a\u202eb")).isFalse();
    }

    @Test
    void usesTheDocumentedApiVersionUnlessToldOtherwise() {
        ErrorCard card = catalog.card("CustomerSubscriptionNotFound", Language.EN, Values.empty());
        assertThat(card.actions()).flatExtracting(ErrorCard.Action::commands).extracting(ErrorCard.Command::text)
                .anyMatch(t -> t.contains("2017-06-01")).noneMatch(t -> t.contains("{apiVersion}"));
        ErrorCard newer = catalog.card("CustomerSubscriptionNotFound", Language.EN, Values.empty().with(Placeholder.API_VERSION, "2022-06-01"));
        assertThat(newer.actions()).flatExtracting(ErrorCard.Action::commands).extracting(ErrorCard.Command::text)
                .anyMatch(t -> t.contains("2022-06-01"));
    }

    @Test
    void findsCodesIgnoringCase() {
        assertThat(catalog.find("registrationnotfound")).map(CodeInfo::code).contains("RegistrationNotFound");
        assertThat(catalog.find("NoSuchCode")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    @Test
    void aSmallValidFixtureLoads() {
        ErrorCatalog small = ErrorCatalog.load("/catalog-valid/");
        assertThat(small.codes()).extracting(CodeInfo::code).containsExactly("RegistrationNotFound");
        assertThat(small.card("RegistrationNotFound", Language.FR, Values.empty().with(Placeholder.REGISTRATION_NAME, "reg1")).details())
                .isEqualTo("L’inscription fournie est introuvable (reg1).");
    }

    @Test
    void aBrokenCatalogNamesTheFileTheCodeAndTheField() {
        assertThatThrownBy(() -> ErrorCatalog.load("/catalog-broken/"))
                .isInstanceOfSatisfying(CatalogException.class, e -> {
                    assertThat(e.file()).isEqualTo("texts_fr.json");
                    assertThat(e.code()).isEqualTo("RegistrationNotFound");
                    assertThat(e.field()).isEqualTo("cause");
                    assertThat(e.getMessage()).contains("texts_fr.json", "RegistrationNotFound", "cause");
                });
    }

    @Test
    void anUnknownPlaceholderIsRejectedAtLoad() {
        assertThatThrownBy(() -> ErrorCatalog.load("/catalog-bad-placeholder/"))
                .isInstanceOfSatisfying(CatalogException.class, e -> {
                    assertThat(e.file()).isEqualTo("texts_en.json");
                    assertThat(e.field()).isEqualTo("actions[1].text");
                    assertThat(e.getMessage()).contains("{customerName}");
                });
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> ErrorCatalog.load("/no-such-catalog/"))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.file()).isEqualTo("codes.json"));
    }

    @Test
    void documentationLinksOpenThePageInTheCardsLanguage() {
        for (CodeInfo c : catalog.codes()) {
            String en = catalog.card(c.code(), Language.EN, Values.empty()).docUrl();
            String fr = catalog.card(c.code(), Language.FR, Values.empty()).docUrl();
            assertThat(en).as(c.code()).isEqualTo(c.docUrl());
            if (en.startsWith("https://learn.microsoft.com/en-us/")) {
                assertThat(fr).as(c.code()).isEqualTo(en.replace("/en-us/", "/fr-fr/"));
            } else {
                assertThat(fr).as(c.code()).isEqualTo(en);
            }
        }
        assertThat(catalog.card("RegistrationNotFound", Language.FR, Values.empty()).docUrl())
                .isEqualTo("https://learn.microsoft.com/fr-fr/azure-stack/operator/azure-stack-registration-errors");
    }
}
