package dev.azscsp.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.common.I18n;

class CatalogViewModelTest {
    private final I18n i18n = new I18n(Language.EN);
    private final CatalogViewModel vm = new CatalogViewModel(i18n, ErrorCatalog.shipped());

    @Test
    void listsEveryCodeUntilSearched() {
        assertThat(vm.shown()).hasSize(ErrorCatalog.shipped().codes().size());
        vm.queryProperty().set("capacity");
        assertThat(vm.shown()).extracting(CodeInfo::code).contains("CustomerSubscriptionsNotAllowed");
        assertThat(vm.shown().size()).isLessThan(ErrorCatalog.shipped().codes().size());
        assertThat(vm.countTextProperty().get()).endsWith("of " + ErrorCatalog.shipped().codes().size() + " codes");
    }

    @Test
    void everyWordMustMatchAndCodesMatchInAnyCase() {
        vm.queryProperty().set("unauthorizedcsp");
        assertThat(vm.shown()).extracting(CodeInfo::code).containsExactly("UnauthorizedCspRegistration");
        vm.queryProperty().set("unauthorizedcsp zzzz");
        assertThat(vm.shown()).isEmpty();
    }

    @Test
    void frenchSearchIgnoresAccents() {
        i18n.setLanguage(Language.FR);
        vm.queryProperty().set("reseau");
        assertThat(vm.shown()).extracting(CodeInfo::code).contains("NetworkUnreachable");
    }

    @Test
    void theSelectedCardFollowsTheLanguage() {
        vm.select("RegistrationNotFound");
        assertThat(vm.cardProperty().get().title()).isEqualTo("Registration not found");
        i18n.setLanguage(Language.FR);
        assertThat(vm.cardProperty().get().title()).isEqualTo("Inscription introuvable");
        assertThat(vm.cardPlain()).startsWith("RegistrationNotFound \u2014 Inscription introuvable");
    }
}
