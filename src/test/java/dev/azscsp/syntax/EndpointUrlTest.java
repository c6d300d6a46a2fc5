package dev.azscsp.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for a custom cloud's URLs, shared by the command line, the window and the Azure adapter. */
class EndpointUrlTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://management.example.com", "https://management.example.com/", "HTTPS://management.example.com",
            "HttpS://Management.Example.com:8443/", "https://127.0.0.1:4430", "https://[::1]:4430/", " https://management.example.com "})
    void anHttpsOriginIsAnArmEndpoint(String v) {
        assertThat(EndpointUrl.armEndpointProblem(v)).isEmpty();
        assertThat(EndpointUrl.authorityProblem(v)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://management.example.com/foo|NOT_AN_ORIGIN",
            "https://management.example.com//|NOT_AN_ORIGIN",
            "https://management.example.com?x=1|NOT_AN_ORIGIN",
            "https://management.example.com/?|NOT_AN_ORIGIN",
            "https://management.example.com#f|NOT_AN_ORIGIN",
            "https://management.example.com/#|NOT_AN_ORIGIN",
            "https://management.example.com/%2e%2e|NOT_AN_ORIGIN",
            "https://user:pw@management.example.com|USER_INFO",
            "https://user@management.example.com/foo|USER_INFO",
            "http://management.example.com|NOT_HTTPS",
            "httpsx://management.example.com|NOT_HTTPS",
            "//management.example.com|NOT_HTTPS",
            "https://|NOT_HTTPS",
            "https:///foo|NOT_HTTPS",
            "https://bad host|NOT_HTTPS",
            "https://under_score.example.com|NOT_HTTPS",
            "management.example.com|NOT_HTTPS",
            "javascript:alert(1)|NOT_HTTPS"})
    void anythingElseIsNotAndSaysWhy(String v, EndpointUrl.Problem expected) {
        assertThat(EndpointUrl.armEndpointProblem(v)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void blankIsNotAnEndpoint(String v) {
        assertThat(EndpointUrl.armEndpointProblem(v)).hasValue(EndpointUrl.Problem.NOT_HTTPS);
        assertThat(EndpointUrl.armEndpointProblem(null)).hasValue(EndpointUrl.Problem.NOT_HTTPS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://adfs.local.azurestack.external/adfs", "https://login.microsoftonline.com/"})
    void anAuthorityMayHaveAPath(String v) {
        assertThat(EndpointUrl.authorityProblem(v)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://login.example.com", "https://user:pw@login.example.com", "not a url"})
    void anAuthorityIsHttpsWithAHostAndNoPassword(String v) {
        assertThat(EndpointUrl.authorityProblem(v)).isPresent();
    }
}
