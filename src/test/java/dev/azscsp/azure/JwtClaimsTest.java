package dev.azscsp.azure;

import dev.azscsp.azure.fake.FakeTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JwtClaimsTest {

    @Test
    void a_user_token_names_the_user_principal_and_tenant() {
        String token = FakeTokens.jwt(Map.of("upn", "a@contoso.com", "unique_name", "live.com#a@contoso.com",
                "preferred_username", "a@x", "tid", "t1"));

        assertThat(JwtClaims.read(token)).isEqualTo(new JwtClaims("a@contoso.com", false, "t1"));
    }

    @Test
    void guest_users_fall_back_to_unique_name_then_preferred_username() {
        assertThat(JwtClaims.read(FakeTokens.jwt(Map.of("unique_name", "live.com#b@outlook.com", "preferred_username", "b@x"))).name())
                .isEqualTo("live.com#b@outlook.com");
        assertThat(JwtClaims.read(FakeTokens.jwt(Map.of("preferred_username", "c@fabrikam.com"))).name()).isEqualTo("c@fabrikam.com");
    }

    @Test
    void a_service_principal_is_named_by_its_app_id() {
        assertThat(JwtClaims.read(FakeTokens.jwt(Map.of("appid", "11111111-aaaa-bbbb-cccc-222222222222", "tid", "t2"))))
                .isEqualTo(new JwtClaims("11111111-aaaa-bbbb-cccc-222222222222", true, "t2"));
    }

    @Test
    void a_user_claim_wins_over_the_app_id_of_the_client_it_signed_in_with() {
        assertThat(JwtClaims.read(FakeTokens.jwt(Map.of("appid", "04b07795-8ddb-461a-bbee-02f9e1bf7b46", "upn", "d@contoso.com"))))
                .isEqualTo(new JwtClaims("d@contoso.com", false, null));
    }

    @Test
    void tokens_that_are_not_jwts_tell_nothing() {
        assertThat(JwtClaims.read("opaque")).isEqualTo(JwtClaims.NONE);
        assertThat(JwtClaims.read("a.!!!not-base64!!!.c")).isEqualTo(JwtClaims.NONE);
        assertThat(JwtClaims.read("a.bm90IGpzb24.c")).isEqualTo(JwtClaims.NONE); // "not json"
        assertThat(JwtClaims.read(null)).isEqualTo(JwtClaims.NONE);
    }
}
