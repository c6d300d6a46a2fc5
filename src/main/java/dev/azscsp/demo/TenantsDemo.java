package dev.azscsp.demo;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.Registration;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.api.SubscriptionInfo;

/**
 * The demo's multi-tenant registration, for the customer listing and its reconciliation: 37 customer subscriptions
 * mapped to a registration of its own subscription (so the diagnosis scenarios keep theirs as they are), and the
 * partner's "expected customers" file that goes with it ({@link #expectedCustomers()}). Against that file: 30 mapped as
 * expected, 4 expected and not mapped (one a second subscription of a tenant already mapped), 4 mapped and no longer
 * expected (customers that left), 2 mapped with another tenant id, 1 mapped under an upper-case id. Some customer
 * subscriptions are not visible to the demo's sign-in, one is not CSP, some are disabled or deleted.
 */
public final class TenantsDemo {
    /** The registration subscription: another one than the diagnosis scenarios'. */
    public static final String SUBSCRIPTION = "7c1e5a90-3b2d-4f6e-8a19-0d4c2b7e9f31";
    public static final String RESOURCE_GROUP = "azurestack";
    public static final String CLOUD_ID = "1f0e9d8c-7b6a-4c5d-9e4f-3a2b1c0d9e8f";
    public static final String REGISTRATION = "AzureStack-" + CLOUD_ID;
    public static final RegistrationRef REF = new RegistrationRef(SUBSCRIPTION, RESOURCE_GROUP, REGISTRATION);
    /** The resource holding the expected customers (the bulk input's columns). */
    static final String EXPECTED = "/dev/azscsp/demo/expected-customers.csv";

    /**
     * name | customer subscription | its tenant | mapped (yes, no, upper: under its id in upper case) | expected in
     * the file | tenant of the mapping | offer (csp, payg, hidden: not visible to the demo's sign-in) | state
     */
    private static final String CUSTOMERS = """
            Fabrikam|6675c7a4-1b9e-5e27-b39b-24f58ff0cdea|42ffc703-c4c3-5554-af73-56add3eca7d9|yes|yes|42ffc703-c4c3-5554-af73-56add3eca7d9|csp|Enabled
            Tailspin Toys|0a24946f-5a39-5849-ad75-98807c460566|7a5ffa0d-d2d9-56d0-97ea-2b7052f9362c|yes|yes|7a5ffa0d-d2d9-56d0-97ea-2b7052f9362c|csp|Enabled
            Wingtip Toys|100cc8c5-f0d3-56c3-bee2-2db042d8f44f|56a12af3-8a53-5648-91d0-fbc21c5069f0|yes|yes|56a12af3-8a53-5648-91d0-fbc21c5069f0|csp|Enabled
            Northwind Traders|ae42d985-a204-5256-a5b0-b630ec852a13|72aa5f2c-addf-5d90-b7ff-cadca1bfbf4a|yes|yes|72aa5f2c-addf-5d90-b7ff-cadca1bfbf4a|hidden|Enabled
            Adventure Works|3de3270b-0b3b-58e3-b778-bb5b61f49a0a|7d77c89b-a581-50d4-96c6-198f446222b0|yes|yes|7d77c89b-a581-50d4-96c6-198f446222b0|csp|Enabled
            Litware|6e3cef3d-7e54-54de-8bb7-36792d8bb5c2|efba0c71-6f3e-562a-b448-0b07f96fd0a2|yes|yes|efba0c71-6f3e-562a-b448-0b07f96fd0a2|csp|Disabled
            Proseware|5e4af723-4354-50f0-8942-2b5cadb70f11|3f6301d6-2bfc-5658-97ba-d0f97bd81383|yes|yes|3f6301d6-2bfc-5658-97ba-d0f97bd81383|csp|Enabled
            Lamna Healthcare|9273bb32-c3bd-5ae2-8439-56aa8d708dd2|bfb54343-1cea-58f4-a4b1-cb12e132bba6|yes|yes|bfb54343-1cea-58f4-a4b1-cb12e132bba6|csp|Enabled
            Woodgrove Bank|b923ce08-ab66-5d27-87b8-e696402c0a0a|6dce0bce-33b7-5390-8c5e-28023db78e7f|yes|yes|6dce0bce-33b7-5390-8c5e-28023db78e7f|csp|Enabled
            Alpine Ski House|a64ff82e-6e1e-56b1-898c-e27590e26b82|b3ea33cf-d903-556c-90fb-34afc44b5ee4|yes|yes|b3ea33cf-d903-556c-90fb-34afc44b5ee4|csp|Enabled
            Coho Winery|61d7dc10-b4fa-5819-b9a3-adbc8f4c855f|0b619ca1-9b78-594c-bfc2-471fe82be401|yes|yes|0b619ca1-9b78-594c-bfc2-471fe82be401|hidden|Enabled
            Fourth Coffee|844380c2-421f-539c-b0e8-77abb95fd84a|7de38c20-91ae-5496-9f46-b62ff7807f76|yes|yes|7de38c20-91ae-5496-9f46-b62ff7807f76|payg|Enabled
            Margie's Travel|04ffc1c2-6ab9-5362-a1e3-81377997cf41|a5b2b87c-6494-5bdb-b5d2-de1656130d8c|yes|yes|a5b2b87c-6494-5bdb-b5d2-de1656130d8c|csp|Enabled
            Trey Research|b70f305c-a73d-574b-a824-a91030fd2335|df7e83d3-fd78-5acf-a71a-97d95d57af38|yes|yes|df7e83d3-fd78-5acf-a71a-97d95d57af38|csp|Enabled
            VanArsdel|2ecc273d-2883-58d8-b88b-12696c497969|98ffa343-7347-5602-ab93-0426ea04ccaa|yes|yes|98ffa343-7347-5602-ab93-0426ea04ccaa|csp|Enabled
            Wide World Importers|36553239-95c9-5e98-896c-92dd71cd3565|be06fb41-a387-5936-90ac-e4b51a456d4f|yes|yes|be06fb41-a387-5936-90ac-e4b51a456d4f|csp|Enabled
            Blue Yonder Airlines|20ca4859-c78b-5c5e-96ae-aead0e9fc709|62ac502c-089b-5d58-b53e-518fdd1874a3|yes|yes|62ac502c-089b-5d58-b53e-518fdd1874a3|csp|Enabled
            Humongous Insurance|30549116-6fee-5b86-9d11-dc3821c0eaab|b0c6cc24-e42a-5b40-a98e-4363183cc593|yes|yes|b0c6cc24-e42a-5b40-a98e-4363183cc593|hidden|Enabled
            Relecloud|f96242c6-c0f5-5b17-8dba-4108be2f13f6|b1670a52-abce-5572-8569-7f65e67d3c72|yes|yes|b1670a52-abce-5572-8569-7f65e67d3c72|csp|Enabled
            Southridge Video|9fa30f2c-a64c-576c-9d23-969d8257e7c9|c9f6cd3f-6067-55a5-b833-b72b0ada7d97|yes|yes|c9f6cd3f-6067-55a5-b833-b72b0ada7d97|csp|Enabled
            Bellows College|f6070c5e-f5eb-5b71-ae14-cf1b45f08dcc|91a8e76e-b82d-5d17-a6dd-b01a1bde81da|yes|yes|91a8e76e-b82d-5d17-a6dd-b01a1bde81da|csp|Enabled
            Graphic Design Institute|cd67f38c-0a78-5afa-a3d9-de6848c671c6|aa2290e5-0c7f-5f7b-a859-99091a81bd8a|yes|yes|aa2290e5-0c7f-5f7b-a859-99091a81bd8a|csp|Enabled
            Lucerne Publishing|1b06600f-4bfc-5b94-b852-ff71f4fd49da|815df799-9778-547a-8a37-7d1d0eeed300|yes|yes|815df799-9778-547a-8a37-7d1d0eeed300|csp|Enabled
            Munson's Pickles|f717ae6b-1735-52dc-954c-554567c30a20|eb8e7c2c-ba59-591c-b05f-4950e2d2d0ca|yes|yes|eb8e7c2c-ba59-591c-b05f-4950e2d2d0ca|csp|Enabled
            Nod Publishers|628ba754-01c8-5301-a275-fadd1baf0aec|5ca08708-77c0-5d8f-a9ac-3de8e2426465|yes|yes|5ca08708-77c0-5d8f-a9ac-3de8e2426465|hidden|Enabled
            A. Datum|c86890bc-f5ae-5fd6-94fd-e02f50bfb809|50157e3e-8de7-59bf-8c8a-e46f507a6b3c|yes|yes|50157e3e-8de7-59bf-8c8a-e46f507a6b3c|csp|Enabled
            City Power & Light|25eab4fa-927a-50c6-969a-294534a19805|53af114f-160c-5134-b0a5-f1f8cc2861e0|yes|yes|53af114f-160c-5134-b0a5-f1f8cc2861e0|csp|Enabled
            Consolidated Messenger|df18b5fd-449d-5cf6-a5f3-9f042077806f|04dca600-ff3d-57e9-b648-1b9caefb9f7d|yes|yes|04dca600-ff3d-57e9-b648-1b9caefb9f7d|csp|Enabled
            Best For You Organics|e159c6eb-7662-51e3-b582-2b85b2bc096f|607e7646-bfe0-50b4-922c-0cefc932ac44|yes|yes|607e7646-bfe0-50b4-922c-0cefc932ac44|csp|Enabled
            First Up Consultants|d26a6883-62b9-577d-995a-bf45a47b95eb|d4a0f936-1b78-5969-bd9a-132977ea9d0b|yes|yes|d4a0f936-1b78-5969-bd9a-132977ea9d0b|csp|Enabled
            Boulder Innovations|fea08340-c3f4-5493-8581-3624ff7984ad|8d8810c4-295f-5d61-a745-2660a5027f8a|yes|no|8d8810c4-295f-5d61-a745-2660a5027f8a|csp|Deleted
            Contoso Suites|de21da0b-cac0-5858-8409-9b396b663ce1|cd3e4dae-2373-5424-88ab-7ffa664ac53e|yes|no|cd3e4dae-2373-5424-88ab-7ffa664ac53e|csp|Disabled
            Fincher Architects|bf4ac7fb-5144-5ff8-8b2d-0128a726a15d|ad1b4b82-e2a9-5573-9f1b-2785dd9e41e2|yes|no|ad1b4b82-e2a9-5573-9f1b-2785dd9e41e2|hidden|Enabled
            Tailwind Traders|323c2835-61f0-5890-be4d-9a37cbbb0965|a0249adb-08d5-5277-ac5d-a583d4e05369|yes|no|a0249adb-08d5-5277-ac5d-a583d4e05369|hidden|Enabled
            Woodgrove Pharma|5be66052-e978-5ccf-b693-32a54b098aff|3a88857e-fc5d-54c4-852a-0f228b92bc27|no|yes|3a88857e-fc5d-54c4-852a-0f228b92bc27|csp|Enabled
            Lakeshore Retail|df7c6041-361e-5000-bb99-e26f0133e620|0ff8a738-f860-5d47-8e02-d7c1a5805546|no|yes|0ff8a738-f860-5d47-8e02-d7c1a5805546|csp|Enabled
            Northwind Health|ae070e1c-2cbd-5377-8843-5fde3a41cf35|707e2684-74dc-5740-aec1-a8bf481f6677|no|yes|707e2684-74dc-5740-aec1-a8bf481f6677|csp|Enabled
            Fabrikam Residences|cfddc605-1a42-57c2-894d-b25445a1d10c|19d062c5-8a56-593c-872c-e4734a965f9e|yes|yes|3aee401b-28e1-5ae2-9b86-d9d0e2518bf6|csp|Enabled
            Lamna Clinics|1927bacd-2341-580b-b43f-fc1b317087f1|5e90988f-a468-52cb-9381-d6a0b4b4faaf|yes|yes|ab8d5f51-27ba-5497-88da-05115e788484|csp|Enabled
            Wingtip Hotels|20aed535-ad04-5da3-a794-8a440070f0c3|e75bdac5-f456-59dc-b563-c73cabb7ff1e|upper|yes|e75bdac5-f456-59dc-b563-c73cabb7ff1e|csp|Enabled
            Wingtip Toys (second subscription)|1ad5b530-ff72-5128-9db7-f5b0bceafa87|56a12af3-8a53-5648-91d0-fbc21c5069f0|no|yes|56a12af3-8a53-5648-91d0-fbc21c5069f0|csp|Enabled
            """;

    private TenantsDemo() {}

    /** The partner's file of expected customers, as a user would load it. */
    public static InputStream expectedCustomers() {
        return TenantsDemo.class.getResourceAsStream(EXPECTED);
    }

    /** Adds the registration, its mappings and the customer subscriptions the demo's sign-in can read. */
    static void addTo(Map<String, SubscriptionInfo> subscriptions, Map<String, Registration> registrations,
                      Map<String, List<CustomerSubscription>> mappings) {
        String key = REF.resourceId().toLowerCase(Locale.ROOT);
        subscriptions.put(SUBSCRIPTION, new SubscriptionInfo(SUBSCRIPTION, "Contoso CSP - Azure Stack Hub multi-tenant", "Enabled",
                "CSP_2015-05-01", "4f1b3c2a-8e7d-4a6b-9c5d-1e2f3a4b5c6d"));
        registrations.put(key, new Registration(REF.resourceId(), REGISTRATION, RESOURCE_GROUP, CLOUD_ID, "PayAsYouUse",
                "8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586"));
        List<CustomerSubscription> mapped = new CopyOnWriteArrayList<>();
        for (String line : CUSTOMERS.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            String name = f[0], sub = f[1], mappedTenant = f[5], offer = f[6], state = f[7];
            if (!offer.equals("hidden")) {
                subscriptions.put(sub, new SubscriptionInfo(sub, name + " - Azure Stack Hub", state,
                        offer.equals("payg") ? "PayAsYouGo_2014-09-01" : "CSP_2015-05-01", f[2]));
            }
            if (f[3].equals("no")) continue;
            String as = f[3].equals("upper") ? sub.toUpperCase(Locale.ROOT) : sub;
            mapped.add(new CustomerSubscription(REF.customerSubscriptionId(as), as, mappedTenant));
        }
        mappings.put(key, mapped);
    }
}
