package dev.azscsp.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.azscsp.diagnosis.api.CustomerSubscription;

/** The index answers as the scans it replaces did: the first listed match, letter case handled the same way. */
class MappingsTest {
    static String mixCase(String s, Random r) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(r.nextBoolean() ? Character.toUpperCase(c) : c);
        return b.toString();
    }

    @Test
    void looksUpAsAScanInListOrderWould() {
        Random r = new Random(13);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) ids.add(String.format("%08x-abcd-4ef0-8abc-%012x", i * 7919, i));
        List<String> tenants = new ArrayList<>();
        for (int i = 0; i < 8; i++) tenants.add(String.format("%08x-feed-4bad-8cab-%012x", i, i));
        List<CustomerSubscription> listed = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String id = mixCase(ids.get(r.nextInt(ids.size())), r);          // duplicates and case variants
            String tenant = r.nextInt(5) == 0 ? null : mixCase(tenants.get(r.nextInt(tenants.size())), r);
            listed.add(new CustomerSubscription("/x/" + id, r.nextInt(50) == 0 ? null : id, tenant));
        }
        Mappings m = Mappings.of(listed);
        assertThat(m).containsExactlyElementsOf(listed);
        assertThat(Mappings.of(m)).isSameAs(m);

        for (int q = 0; q < 500; q++) {
            String cust = mixCase(ids.get(r.nextInt(ids.size())), r);
            String tenant = mixCase(tenants.get(r.nextInt(tenants.size())), r);
            Optional<CustomerSubscription> exact = listed.stream().filter(c -> cust.equals(c.subscriptionId())).findFirst();
            Optional<CustomerSubscription> otherCase = listed.stream()
                    .filter(c -> cust.equalsIgnoreCase(c.subscriptionId()) && !cust.equals(c.subscriptionId())).findFirst();
            Optional<CustomerSubscription> elsewhere = listed.stream()
                    .filter(c -> tenant.equalsIgnoreCase(c.tenantId()) && !cust.equalsIgnoreCase(c.subscriptionId())).findFirst();
            long others = listed.stream().filter(c -> !cust.equalsIgnoreCase(c.subscriptionId())).count();

            assertThat(m.exact(cust)).as(cust).isEqualTo(exact);
            assertThat(m.otherCase(cust)).as(cust).isEqualTo(otherCase);
            assertThat(m.tenantElsewhere(tenant, cust)).as(tenant + " " + cust).isEqualTo(elsewhere);
            assertThat(m.othersThan(cust)).as(cust).isEqualTo(others);
        }
    }

    @Test
    void foldsEveryLetterCaseThatEqualsIgnoreCaseJoins() {
        for (String[] pair : new String[][] {{"ABC-def", "abc-DEF"}, {"\u0130x", "\u0069X"}, {"\u212A", "k"}, {"ß", "ß"}}) {
            assertThat(pair[0].equalsIgnoreCase(pair[1]) == Mappings.fold(pair[0]).equals(Mappings.fold(pair[1])))
                    .as(String.join(" / ", pair)).isTrue();
        }
        String lower = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
        assertThat(Mappings.fold(lower)).isSameAs(lower);
        assertThat(Mappings.fold(lower.toUpperCase(Locale.ROOT))).isEqualTo(lower);
    }
}
