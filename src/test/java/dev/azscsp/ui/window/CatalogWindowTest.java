package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;

import org.junit.jupiter.api.Test;

import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.ui.main.Page;

/** The catalog's search as a user types it: by HTTP status, and the card pane never shows a card the list hides. */
class CatalogWindowTest extends WindowTest {

    @Test
    void searchingByStatusShowsTheMatchingCardAndNeverAHiddenOne() {
        robot.clickOn("#catalogButton");
        waitUntil(() -> vm().page() == Page.CATALOG);
        ListView<CodeInfo> codes = robot.lookup("#codes").queryListView();
        robot.interact(() -> codes.getSelectionModel().select(ErrorCatalog.shipped().info("RegistrationNotFound")));
        waitUntil(() -> "RegistrationNotFound".equals(text("#catalogCard #cardCode")));

        robot.clickOn("#search").write("502");
        waitUntil(() -> fx(() -> codes.getItems().stream().map(CodeInfo::code).toList())
                .contains("MetadataResolverBadGatewayError"));
        assertThat(fx(() -> codes.getItems().stream().map(CodeInfo::code).toList())).doesNotContain("RegistrationNotFound");
        String shownCard = text("#catalogCard #cardCode");
        assertThat(fx(() -> codes.getItems().stream().map(CodeInfo::code).toList())).contains(shownCard);
        waitUntil(() -> fx(() -> codes.getSelectionModel().getSelectedItem() != null
                && codes.getSelectionModel().getSelectedItem().code().equals(shownCard)));

        robot.write("zz");
        waitUntil(() -> fx(() -> codes.getItems().isEmpty()));
        assertThat(fx(() -> robot.lookup("#empty").query().isVisible())).isTrue();
        assertThat(fx(() -> robot.lookup("#cardTools").query().isVisible())).isFalse();
    }
}
