package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;

import dev.azscsp.ui.common.Worker;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.ui.FailingApi;
import dev.azscsp.diagnosis.bulk.BulkResult;
import dev.azscsp.ui.common.SaveDialog;
import dev.azscsp.ui.main.Flow;
import dev.azscsp.ui.main.Page;

/** "Check many" in the window: the demo connection, a CSV file through the fake chooser, the live table, export, copy. */
class BulkWindowTest extends WindowTest {
    static final String MAPPED = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    static final String UNMAPPED = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";

    /** Customer subscriptions every call about which fails in an unplanned way, as an adapter bug would; none unless a test says. */
    private final java.util.Set<String> failing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    protected void configure() {
        services.apiFactory = (c, dc) -> FailingApi.on(new SimulatedAzure(c.scenario(), Duration.ofMillis(10)), failing);
    }

    /** Start page (Alt+M) → Connect (the demo) → Registration (the demo's, filled in) → Check many. */
    private void openBulkWithTheDemo() {
        robot.press(KeyCode.ALT).press(KeyCode.M).release(KeyCode.M).release(KeyCode.ALT);
        waitUntil(() -> vm().page() == Page.CONNECT);
        assertThat(fx(vm()::flow)).isEqualTo(Flow.BULK);
        assertThat(text("#pageTitle")).isEqualTo("Step 1 of 3: Connect");
        robot.clickOn("#demo");
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.BULK);
    }

    @Test
    void aCsvFileIsCheckedRowByRowThenExportedAndCopied() throws Exception {
        Path csv = Files.writeString(home.resolve("customers.csv"), "customerSubscriptionId,label\n"
                + MAPPED + ",Fabrikam\n" + UNMAPPED + ",Tailspin\n\"never closed,Woodgrove\n");
        services.openPath = csv;
        openBulkWithTheDemo();
        assertThat(text("#pageTitle")).isEqualTo("Step 3 of 3: Check many");
        assertThat(text("#registrationValue")).startsWith("AzureStack-5bf881b2-6be7-42a1-9f47-d6fcb6737747 in resource group azurestack");
        assertThat(text("#connectionValue")).isEqualTo("Demo (simulated Azure): Healthy registration");
        assertThat(button("#nextButton").isDisabled()).isTrue();
        assertThat(text("#hint")).isEqualTo("Run is available once a CSV file with rows is loaded.");

        robot.clickOn("#loadButton");
        waitUntil(() -> vm().bulk().rowCount() == 3);
        assertThat(services.openAsked.get()).isEqualTo(1);
        assertThat(text("#fileName")).isEqualTo("customers.csv");
        assertThat(text("#fileText")).isEqualTo("3 rows read, 1 unreadable (listed as invalid)");
        assertThat(robot.lookup("#loadError").tryQuery().map(javafx.scene.Node::isVisible)).contains(false);

        robot.clickOn("#nextButton");   // Run checks
        TableView<BulkResult> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> table.getItems().size() == 3);
        waitUntil(() -> vm().bulk().state() == Worker.State.DONE);
        assertThat(fx(() -> table.getItems().stream().map(r -> r.row().line()).toList()))
                .as("sorted by input line, whatever order they finished in").containsExactly(2, 3, 4);
        assertThat(cells("status-column")).containsExactly("No problem", "Problem", "Invalid line");
        assertThat(fx(() -> table.getItems().stream().map(BulkResult::primaryCode).toList()))
                .containsExactly(null, "CustomerSubscriptionNotFound", "InputFormatInvalid");
        assertThat(cells("id-column")).containsExactly(MAPPED, UNMAPPED, "");
        assertThat(text("#progressText")).startsWith("Done: 3 rows in ");
        assertThat(text("#count-ok")).isEqualTo("No problem: 1");
        assertThat(text("#count-problem")).isEqualTo("Problem: 1");
        assertThat(text("#count-invalid")).isEqualTo("Invalid line: 1");
        assertThat(text("#nextButton")).isEqualTo("Run _again");

        Path out = home.resolve("results.csv");
        services.saveTarget = new SaveDialog.Target(out, SaveDialog.Format.CSV);
        robot.clickOn("#exportButton");
        waitUntil(() -> !vm().bulk().exportMessageProperty().get().isEmpty());
        assertThat(services.asked).singleElement().asString().startsWith("azscsp-bulk-customers-");
        assertThat(services.askedFormats).singleElement().isEqualTo(SaveDialog.TABLE);
        // For Excel unless unticked: UTF-8 with its mark, and the list separator of this machine's locale.
        assertThat(fx(() -> robot.lookup("#excel").queryAs(javafx.scene.control.CheckBox.class).isSelected())).isTrue();
        char sep = dev.azscsp.report.CsvStyle.excel(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)).separator();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("\uFEFFline,customerSubscriptionId,customerTenantId,label,status,primaryCode".replace(',', sep));
        assertThat(lines.get(1)).startsWith(("2," + MAPPED + ",,Fabrikam,ok,,").replace(',', sep));
        assertThat(lines.get(2)).startsWith(("3," + UNMAPPED + ",,Tailspin,problem,CustomerSubscriptionNotFound,").replace(',', sep));
        assertThat(lines.get(3)).startsWith("4,,,,invalid,InputFormatInvalid,".replace(',', sep));
        assertThat(text("#exportMessage")).isEqualTo("Results exported to " + out);

        robot.clickOn("#copyButton");
        assertThat(clipboard()).isEqualTo(fx(vm().bulk()::tableText)).startsWith("Line\tCustomer subscription\t")
                .contains("3\t" + UNMAPPED + "\tTailspin\tProblem\tCustomerSubscriptionNotFound\t");
    }

    @Test
    void aRowWhoseCheckFailsShowsAsIncompleteAndALineThatRepeatsAnIdIsMarked() throws Exception {
        String faulty = "0f1e2d3c-4b5a-4697-8877-665544332211";
        failing.add(faulty);
        services.openPath = Files.writeString(home.resolve("customers.csv"), "customerSubscriptionId,label\n"
                + MAPPED + ",Fabrikam\n" + faulty + ",Broken adapter\n" + MAPPED + ",Fabrikam again\n");
        openBulkWithTheDemo();
        robot.clickOn("#loadButton");
        waitUntil(() -> vm().bulk().rowCount() == 3);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().bulk().state() == Worker.State.DONE);
        assertThat(cells("number-column")).containsExactly("2", "3", "4");
        assertThat(cells("status-column")).containsExactly("No problem", "Incomplete", "No problem");
        assertThat(cells("duplicate-column")).containsExactly("", "", "duplicate of line 2");
        assertThat(text("#count-incomplete")).isEqualTo("Incomplete: 1");
        assertThat(text("#count-ok")).isEqualTo("No problem: 2");
        assertThat(text("#progressText")).startsWith("Done: 3 rows in ");
    }

    @Test
    void aFileThatIsNotABulkFileSaysWhy() throws Exception {
        services.openPath = Files.writeString(home.resolve("report.csv"), "Name;Subscription\nFabrikam;" + MAPPED + "\n");
        openBulkWithTheDemo();
        robot.clickOn("#loadButton");
        waitUntil(() -> !vm().bulk().loadErrorProperty().get().isEmpty());
        assertThat(text("#loadError")).isEqualTo("The first line has no customerSubscriptionId column. It must be the header, such as "
                + "customerSubscriptionId,customerTenantId,label. Found: Name;Subscription");
        assertThat(fx(() -> robot.lookup("#loadError").query().isVisible())).isTrue();
        assertThat(text("#fileName")).isEqualTo("report.csv");
        assertThat(button("#nextButton").isDisabled()).isTrue();

        // Cancelling the chooser keeps what is there.
        services.openPath = null;
        robot.clickOn("#loadButton");
        assertThat(services.openAsked.get()).isEqualTo(2);
        assertThat(text("#fileName")).isEqualTo("report.csv");
    }

    @Test
    void fiveHundredRowsKeepTheWindowAnsweringAndCancelKeepsTheRowsDone() throws Exception {
        StringBuilder csv = new StringBuilder("customerSubscriptionId,label\n");
        for (int i = 0; i < 500; i++) {
            csv.append(i % 5 == 0 ? MAPPED : String.format("%08x-1111-4222-8333-%012d", i, i)).append(",Customer ").append(i).append('\n');
        }
        services.openPath = Files.writeString(home.resolve("many.csv"), csv);
        openBulkWithTheDemo();
        robot.clickOn("#loadButton");
        waitUntil(() -> vm().bulk().rowCount() == 500);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().bulk().doneProperty().get() >= 20);
        assertThat(button("#homeButton").isDisabled()).as("leaving would orphan the run").isTrue();
        assertThat(fx(() -> robot.lookup("#changeConnection").query().isDisabled())).isTrue();
        assertThat(text("#cancelButton")).isEqualTo("Cancel checks");

        // The JavaFX thread keeps answering while rows pour in.
        List<Long> latencies = new java.util.ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long t0 = System.nanoTime();
            java.util.concurrent.CompletableFuture<Void> f = new java.util.concurrent.CompletableFuture<>();
            javafx.application.Platform.runLater(() -> f.complete(null));
            f.get(1, java.util.concurrent.TimeUnit.SECONDS);
            latencies.add((System.nanoTime() - t0) / 1_000_000);
            Thread.sleep(40);
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        assertThat(sorted.get(sorted.size() * 9 / 10)).as("90th percentile, ms").isLessThan(200);
        assertThat(sorted.get(sorted.size() - 1)).as("slowest, ms").isLessThan(1000);

        // A language switch rebuilds the page around the same run.
        robot.clickOn("#french");
        waitUntil(() -> vm().i18n().language() == dev.azscsp.i18n.Language.FR);
        assertThat(fx(vm().bulk()::isRunning)).isTrue();
        assertThat(text("#cancelButton")).isEqualTo("Annuler les vérifications");
        robot.clickOn("#cancelButton");
        waitUntil(() -> vm().bulk().state() == Worker.State.CANCELLED, 3);
        int kept = fx(() -> vm().bulk().results().size());
        assertThat(kept).isBetween(20, 499);
        TableView<BulkResult> table = robot.lookup("#table").queryTableView();
        assertThat(fx(() -> table.getItems().size())).isEqualTo(kept);
        assertThat(fx(() -> table.getItems().stream().map(r -> r.row().line()).toList()))
                .as("rows that arrived after the switch are sorted too").isSorted();
        assertThat(text("#progressText")).isEqualTo("Annulé\u00a0: " + kept + " lignes terminées sur 500.");
        dev.azscsp.diagnosis.bulk.RowThreads.awaitNone();   // what the rows in flight could hand over is queued by now
        assertThat(fx(() -> vm().bulk().results().size())).as("nothing arrives after Cancel").isEqualTo(kept);
        assertThat(button("#homeButton").isDisabled()).isFalse();
    }

    /** The texts of the visible cells of a column, top to bottom. */
    private List<String> cells(String columnStyleClass) {
        return fx(() -> robot.lookup(".table-cell." + columnStyleClass).queryAllAs(TableCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getTableRow() != null && c.getTableRow().getItem() != null)
                .sorted(java.util.Comparator.comparingInt(c -> c.getIndex()))
                .map(c -> c.getText() == null ? "" : c.getText()).toList());
    }
}
