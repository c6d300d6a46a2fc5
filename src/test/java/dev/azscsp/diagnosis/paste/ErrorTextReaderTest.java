package dev.azscsp.diagnosis.paste;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.Origin;
import dev.azscsp.catalog.Placeholder;
import dev.azscsp.catalog.Severity;
import dev.azscsp.catalog.Template;
import dev.azscsp.catalog.Values;
import dev.azscsp.i18n.Language;

class ErrorTextReaderTest {
    private final ErrorTextReader reader = TestCodes.reader();

    @Test
    void nullEmptyAndBlankPastesAskForText() {
        for (String s : new String[] {null, "", "   \n\t  ", "\u200B\u200E\uFEFF", "\u00A0\u202F"}) {
            PasteResult r = reader.read(s);
            assertThat(r.hint()).as("%s", s).isEqualTo(PasteHint.EMPTY_INPUT);
            assertThat(r.codes()).isEmpty();
            assertThat(r.primaryCode()).isNull();
            assertThat(r.confidence()).isEqualTo(Confidence.NONE);
            assertThat(r.extracted()).isEqualTo(Extracted.NONE);
            assertThat(r.looksLikeError()).isFalse();
        }
    }

    @Test
    void knowsOnlyWhatTheCodesItIsGivenKnow() {
        String paste = "New-AzResource : RegistrationNotFound : The provided registration was not found.";
        PasteResult none = new ErrorTextReader(List.of()).read(paste);
        assertThat(none.codes()).isEmpty();
        assertThat(none.hint()).isEqualTo(PasteHint.UNKNOWN_CODE);
        assertThat(none.unknownCodes()).containsExactly("RegistrationNotFound");

        CodeInfo made = new CodeInfo("StampOnFire", Origin.SERVICE, Severity.ERROR, false, 500,
                Map.of(Language.EN, "The stamp {registrationName} is on fire. Call the fire brigade.",
                        Language.FR, "Le tampon {registrationName} est en feu. Appelez les pompiers."),
                List.of(), List.of(), "https://example.invalid/");
        ErrorTextReader custom = new ErrorTextReader(List.of(made));
        PasteResult r = custom.read("ticket: the stamp   HUB-7 is on\n   fire. Call the fire brigade.");
        assertThat(r.codes()).containsExactly("StampOnFire");
        assertThat(r.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(r.extracted().registrationName()).isEqualTo("HUB-7");
        assertThat(custom.read(paste).codes()).isEmpty();
        assertThat(custom.read("Le tampon  Lyon-2 est en feu. Appelez les pompiers.").finding("StampOnFire"))
                .hasValueSatisfying(f -> assertThat(f.messageLanguage()).isEqualTo(Language.FR));
    }

    @Test
    void toleratesNullAndNamelessCodeInfos() {
        CodeInfo nameless = new CodeInfo(" ", Origin.ARM, Severity.ERROR, false, 0, Map.of(), List.of(), List.of(), "https://x/");
        ErrorTextReader r = new ErrorTextReader(java.util.Arrays.asList(null, nameless));
        assertThat(r.read("anything").codes()).isEmpty();
        assertThat(new ErrorTextReader(null).read("RegistrationNotFound").codes()).isEmpty();
    }

    @Test
    void codesAreWholeWordsInAnyCaseAndRejoinedAcrossAWrap() {
        assertThat(reader.read("see ARMResourceNotFoundFix and ResourceNotFoundish").codes()).isEmpty();
        assertThat(reader.read("error: REGISTRATIONNOTFOUND").codes()).containsExactly("RegistrationNotFound");
        assertThat(reader.read("FullyQualifiedErrorId : CustomerSubscr\n   iptionNotFound,Microsoft.Azure").codes())
                .containsExactly("CustomerSubscriptionNotFound");
    }

    @Test
    void primaryIsTheFirstErrorAndIgnoresWeakHintsWhenSomethingIsSure() {
        PasteResult r = reader.read("MetadataResolverBadGatewayError then later SubscriptionNotFound and BadCustomerSubscriptionId");
        assertThat(r.codes()).containsExactly("MetadataResolverBadGatewayError", "SubscriptionNotFound", "BadCustomerSubscriptionId");
        assertThat(r.primaryCode()).isEqualTo("MetadataResolverBadGatewayError");
        // the first error, not the last and not the most decisive one
        assertThat(reader.read("CustomerSubscriptionNotFound, then RegistrationNotFound").primaryCode())
                .isEqualTo("CustomerSubscriptionNotFound");

        // a LOW fragment of RegistrationNotFound, even first, must not outrank a HIGH code
        PasteResult mixed = reader.read("InvalidCSPSubscription ... earlier it said: The provided registration was not found.");
        assertThat(mixed.codes()).containsExactly("InvalidCSPSubscription", "RegistrationNotFound");
        assertThat(mixed.finding("RegistrationNotFound").orElseThrow().confidence()).isEqualTo(Confidence.LOW);
        assertThat(mixed.primaryCode()).isEqualTo("InvalidCSPSubscription");
        assertThat(mixed.primary()).hasValueSatisfying(f -> assertThat(f.strongest()).isEqualTo(Evidence.EXPLICIT_CODE));
    }

    @Test
    void entraErrorsAreKnownByTheirNumberAndTheBareWordIsNone() {
        PasteResult own = reader.read("Connect-AzAccount : AADSTS7000222: The provided client secret keys are expired.");
        assertThat(own.codes()).containsExactly("AADSTS7000222");
        PasteResult other = reader.read("az login: AADSTS50126: Error validating credentials. See aadsts50076x too");
        assertThat(other.codes()).containsExactly("AADSTS");
        assertThat(other.extracted().otherValues()).containsEntry(Placeholder.ENTRA_CODE, "AADSTS50126");
        assertThat(reader.read("Look the AADSTS code up in the Entra reference").codes()).isEmpty();
    }

    @Test
    void aTextAboutAnotherProductNamesItsNamespaceUnlessItAlsoNamesARegistration() {
        String hci = "ResourceNotFound : The Resource 'Microsoft.AzureStackHCI/clusters/c1' under resource group 'rg' was not found.";
        assertThat(reader.read(hci).extracted().otherValues()).containsEntry(Placeholder.NAMESPACE, "Microsoft.AzureStackHCI");
        String both = "Set-AzsRegistration: activation Microsoft.AzureBridge.Admin/activations/default done\n" + "New-AzResource : "
                + "RegistrationNotFound : /subscriptions/11111111-2222-4333-8444-555555555555/resourceGroups/rg/providers/"
                + "Microsoft.AzureStack/registrations/reg1 was not found";
        PasteResult r = reader.read(both);
        assertThat(r.primaryCode()).isEqualTo("RegistrationNotFound");
        assertThat(r.extracted().otherValues()).doesNotContainKey(Placeholder.NAMESPACE);
    }

    @Test
    void findingSpansPointIntoThePaste() {
        String paste = "noise noise {\"error\":{\"code\":\"InvalidCSPSubscription\",\"message\":\"x\"}}";
        Finding f = reader.read(paste).findings().get(0);
        assertThat(paste.substring(f.start(), f.end())).isEqualTo("InvalidCSPSubscription");

        String escaped = "body: The Resource \\u0027Microsoft.AzureStack/registrations/r1\\u0027 under resource group "
                + "\\u0027rg1\\u0027 was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix";
        Finding g = reader.read(escaped).finding("ResourceNotFound").orElseThrow();
        assertThat(escaped.substring(g.start(), g.end())).startsWith("The Resource").endsWith("ARMResourceNotFoundFix");
        assertThat(g.values()).containsEntry(Placeholder.REGISTRATION_NAME, "r1").containsEntry(Placeholder.RESOURCE_GROUP, "rg1");
    }

    @Test
    void messageValuesThatArePlaceholdersOrVariablesAreNotValues() {
        PasteResult docs = reader.read("The provided {customerSubscriptionId} is not a valid CSP subscription. "
                + "Make sure a valid Azure subscription is provided.");
        assertThat(docs.codes()).containsExactly("InvalidCSPSubscription");
        assertThat(docs.extracted().customerSubscriptionId()).isNull();

        PasteResult vars = reader.read("+ New-AzResource -ResourceId \"subscriptions/$regSub/resourceGroups/$rg/providers/"
                + "Microsoft.AzureStack/registrations/$name/customerSubscriptions/$cust\"");
        assertThat(vars.extracted()).isEqualTo(Extracted.NONE);
    }

    @Test
    void resourceIdsInEveryShape() {
        Extracted a = reader.read("GET https://management.azure.com/SUBSCRIPTIONS/AB12CD34-EF56-4A78-9B01-C2D3E4F5A6B7/RESOURCEGROUPS/AzureStack"
                + "/PROVIDERS/microsoft.azurestack/REGISTRATIONS/Reg1/CUSTOMERSUBSCRIPTIONS/12ab34cd-56ef-4789-a0b1-c2d3e4f5a6b7?api-version=2017-06-01").extracted();
        assertThat(a.subscriptionId()).isEqualTo("AB12CD34-EF56-4A78-9B01-C2D3E4F5A6B7");
        assertThat(a.resourceGroup()).isEqualTo("AzureStack");
        assertThat(a.registrationName()).isEqualTo("Reg1");
        assertThat(a.customerSubscriptionId()).isEqualTo("12ab34cd-56ef-4789-a0b1-c2d3e4f5a6b7");

        Extracted b = reader.read("id=subscriptions%2f11111111-2222-4333-8444-555555555555%2fresourceGroups%2frg%2fproviders"
                + "%2fMicrosoft.AzureStack%2fregistrations%2fr%2Dx").extracted();
        assertThat(b.subscriptionId()).isEqualTo("11111111-2222-4333-8444-555555555555");
        assertThat(b.registrationName()).isEqualTo("r-x");
        assertThat(b.customerSubscriptionId()).isNull();

        // another provider's id says nothing about the registration, only that the text is about another namespace
        Extracted c = reader.read("/subscriptions/99999999-2222-4333-8444-555555555555/resourceGroups/azurestack-activation"
                + "/providers/Microsoft.AzureBridge.Admin/activations/default").extracted();
        assertThat(c.toValues()).isEqualTo(Values.of(Map.of(Placeholder.NAMESPACE, "Microsoft.AzureBridge.Admin")));

        Extracted d = reader.read("New-AzResource -ResourceGroupName azurestack -ResourceType "
                + "Microsoft.AzureStack/registrations/customerSubscriptions -ResourceName \"AzS-Reg/0b9e6c2d-41f3-4d8a-b5e7-93c1a8f04d26\"").extracted();
        assertThat(d.resourceGroup()).isEqualTo("azurestack");
        assertThat(d.registrationName()).isEqualTo("AzS-Reg");
        assertThat(d.customerSubscriptionId()).isEqualTo("0b9e6c2d-41f3-4d8a-b5e7-93c1a8f04d26");
    }

    @Test
    void headersAndTimes() {
        Extracted x = reader.read("'x-ms-client-request-id': 'aaaaaaaa-0000-4000-8000-000000000000'\n"
                + "x-ms-routing-request-id: WESTUS2:20240101T120000Z:bbbbbbbb-0000-4000-8000-000000000000\n"
                + "x-ms-correlation-request-id: cccccccc-0000-4000-8000-0000\n  00000000\nStatusCode: 409").extracted();
        assertThat(x.requestId()).isNull();                            // the client's id is not the service's
        assertThat(x.correlationId()).isEqualTo("cccccccc-0000-4000-8000-000000000000");
        assertThat(x.timestamp()).isEqualTo("20240101T120000Z");
        assertThat(x.timestampInstant()).hasValue(java.time.Instant.parse("2024-01-01T12:00:00Z"));
        assertThat(x.httpStatus()).isEqualTo(409);

        assertThat(reader.read("Date: Mon, 05 Feb 2024 16:10:03 GMT").extracted().timestampInstant())
                .hasValue(java.time.Instant.parse("2024-02-05T16:10:03Z"));
        assertThat(reader.read("Horodatage : 2024-02-05 16:10:03 UTC").extracted().timestamp()).isEqualTo("2024-02-05 16:10:03 UTC");
        assertThat(reader.read("status: 200 then HTTP/1.1 503 Service Unavailable").extracted().httpStatus()).isEqualTo(503);
    }

    @Test
    void textThatIsNoErrorSaysSo() {
        PasteResult r = reader.read("Could you send me the registration name? Thanks.");
        assertThat(r.hint()).isEqualTo(PasteHint.NOTHING_RECOGNIZED);
        assertThat(r.looksLikeError()).isFalse();
        assertThat(r.recognized()).isFalse();
        assertThat(PasteHint.NOTHING_RECOGNIZED.key()).isEqualTo("paste.hint.nothing_recognized");
    }

    @Test
    void veryLongPastesAreReadFromBothEndsAndSaySo() {
        StringBuilder sb = new StringBuilder("x-ms-correlation-request-id: 4f5e6d7c-8b9a-4a0b-9c1d-2e3f4a5b6c7d\n");
        String line = "VERBOSE: polling the operation status, nothing to see here, nothing at all ........\n";
        while (sb.length() < ErrorTextReader.MAX_CHARS + 500_000) sb.append(line);
        sb.append("New-AzResource : UnauthorizedCspRegistration : The provided R9 is not approved to use multi-tenancy.");
        PasteResult r = reader.read(sb.toString());
        assertThat(r.truncated()).isTrue();
        assertThat(r.inputLength()).isEqualTo(sb.length());
        assertThat(r.codes()).containsExactly("UnauthorizedCspRegistration");
        assertThat(r.extracted().correlationId()).isEqualTo("4f5e6d7c-8b9a-4a0b-9c1d-2e3f4a5b6c7d");
        Finding f = r.findings().get(0);
        assertThat(sb.substring(f.start(), f.end())).isEqualTo("UnauthorizedCspRegistration");
    }

    @Test
    void variantsInAnotherLanguageAreRecognizedAsThatLanguage() {
        PasteResult r = reader.read("Un des serveurs en amont a renvoyé une erreur inattendue. Réessayez plus tard. "
                + "Si le problème persiste, contactez le support technique.");
        Finding f = r.finding("MetadataResolverBadGatewayError").orElseThrow();
        assertThat(f.evidence()).containsExactly(Evidence.MESSAGE_VARIANT);
        assertThat(f.messageLanguage()).isEqualTo(Language.FR);
    }

    static List<Object[]> everyCatalogMessage() {
        List<Object[]> out = new java.util.ArrayList<>();
        for (CodeInfo c : TestCodes.shipped()) {
            c.messages().forEach((l, m) -> out.add(new Object[] {c.code(), m}));
            for (String v : c.messageVariants()) out.add(new Object[] {c.code(), v});
        }
        return out;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyCatalogMessage")
    void everyCatalogMessageFilledByTheCatalogIsRecognizedWithItsValues(String code, String template) {
        Values values = Values.of(Map.of(Placeholder.SUBSCRIPTION_ID, "0F1E2D3C-4B5A-4968-8776-5A4B3C2D1E0F",
                Placeholder.RESOURCE_GROUP, "rg-Azs.01", Placeholder.REGISTRATION_NAME, "AzureStack-X_9",
                Placeholder.CUSTOMER_SUBSCRIPTION_ID, "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                Placeholder.CLIENT, "ops@contoso.onmicrosoft.com", Placeholder.OBJECT_ID, "13579bdf-2468-4ace-8bdf-13579bdf2468",
                Placeholder.ACTION, "Microsoft.AzureStack/registrations/write",
                Placeholder.SCOPE, "/subscriptions/0F1E2D3C-4B5A-4968-8776-5A4B3C2D1E0F/resourceGroups/rg-Azs.01",
                Placeholder.NAMESPACE, "Microsoft.AzureStack"));
        String message = Template.fill(template, values, Map.of(), java.util.function.UnaryOperator.identity());
        PasteResult r = reader.read("Pasted:\n" + message + "\n-- end");
        assertThat(r.codes()).containsExactly(code);
        Finding f = r.findings().get(0);
        assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
        for (String name : Template.names(template)) {
            Placeholder p = Placeholder.byKey(name).orElseThrow();
            assertThat(f.values()).containsEntry(p, values.get(p).orElseThrow());
        }
    }

    @Test
    void frenchTypographyCaseAndSpacingDoNotMatter() {
        String fr = "L\u2019INSCRIPTION FOURNIE EST INTROUVABLE. V\u00c9RIFIEZ QUE LES INFORMATIONS SUIVANTES ONT \u00c9T\u00c9 "
                + "FOURNIES CORRECTEMENT\u202f: 1. IDENTIFICATEUR D'ABONNEMENT (VALEUR FOURNIE\u202f: 0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f),"
                + "   2. Groupe   de ressources (valeur fournie : rgX),\n\n3. Nom d\u2019inscription (valeur fournie\u00a0: RegX).";
        PasteResult r = reader.read(fr);
        assertThat(r.codes()).containsExactly("RegistrationNotFound");
        assertThat(r.findings().get(0).messageLanguage()).isEqualTo(Language.FR);
        assertThat(r.extracted().subscriptionId()).isEqualTo("0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f");
        assertThat(r.extracted().resourceGroup()).isEqualTo("rgX");
        assertThat(r.extracted().registrationName()).isEqualTo("RegX");

        String caps = "THE PROVIDED 5B6C7D8E-9F0A-4B1C-8D2E-3F4A5B6C7D8E ISN\u2019T A VALID CSP SUBSCRIPTION. "
                + "MAKE SURE A VALID AZURE SUBSCRIPTION IS PROVIDED.";
        PasteResult c = reader.read(caps);
        assertThat(c.codes()).containsExactly("InvalidCSPSubscription");
        assertThat(c.extracted().customerSubscriptionId()).isEqualTo("5B6C7D8E-9F0A-4B1C-8D2E-3F4A5B6C7D8E");
    }

    /** Full-width and Arabic-Indic digits read as digits to a person, but an id that holds them is not the id. */
    @Test
    void anIdWrittenWithLookAlikeDigitsIsNotExtractedButKeptAside() {
        String fullWidth = "\uff44\uff44\uff18\uff15\uff19\uff17\uff42\uff14-8739-4467-8b10-f8679f62bfbf";
        String arabic = "e09a4e93-29a7-4eba-a6d4-\u0667\u0666\u0662\u0660\u0662\u0663\u0668\u0663f07f";
        PasteResult r = reader.read("PUT https://management.azure.com/subscriptions/" + fullWidth
                + "/resourceGroups/azurestack/providers/Microsoft.AzureStack/registrations/reg1/customerSubscriptions/"
                + arabic + "?api-version=2017-06-01\nStatusCode: 404\n{\"error\":{\"code\":\"RegistrationNotFound\",\"message\":\"x\"}}");
        assertThat(r.primaryCode()).isEqualTo("RegistrationNotFound");
        assertThat(r.extracted().subscriptionId()).isNull();
        assertThat(r.extracted().customerSubscriptionId()).isNull();
        assertThat(r.extracted().registrationName()).isEqualTo("reg1");
        assertThat(r.extracted().lookalikeIds()).containsEntry(Placeholder.SUBSCRIPTION_ID, fullWidth)
                .containsEntry(Placeholder.CUSTOMER_SUBSCRIPTION_ID, arabic);
    }

    @Test
    void aRealIdElsewhereInTheTextWinsOverALookAlike() {
        String fullWidth = "\uff44\uff44\uff18\uff15\uff19\uff17\uff42\uff14-8739-4467-8b10-f8679f62bfbf";
        PasteResult r = reader.read("The provided registration was not found. Make sure the following information was "
                + "provided correctly: 1. Subscription identifier (value provided: " + fullWidth + "), 2. Resource group "
                + "(value provided: azurestack), 3. Registration name (value provided: reg1).\n"
                + "/subscriptions/dd8597b4-8739-4467-8b10-f8679f62bfbf/resourceGroups/azurestack/providers/Microsoft.AzureStack/registrations/reg1");
        assertThat(r.extracted().subscriptionId()).isEqualTo("dd8597b4-8739-4467-8b10-f8679f62bfbf");
        assertThat(r.extracted().lookalikeIds()).isEmpty();
    }
}
