package dev.azscsp.ui.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.azscsp.ui.common.Worker;
import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.bulk.BulkResult;
import dev.azscsp.diagnosis.bulk.RowThreads;
import dev.azscsp.diagnosis.bulk.RowStatus;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.FailingApi;
import dev.azscsp.ui.FakeUiThread;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Background;
import dev.azscsp.ui.common.SaveDialog;

class BulkViewModelTest {
    static final String MAPPED = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    static final String UNMAPPED = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
    static final String MALFORMED = "e09a4e93-29a7-4eba-a6d4-76202383fO7f";
    static final String CSV = "customerSubscriptionId,customerTenantId,label\n"
            + MAPPED + ",dbab3982-796f-4d03-9908-044c08aef8a2,Fabrikam\n"
            + UNMAPPED + ",,Tailspin\n"
            + MALFORMED + ",,Typo\n"
            + "\"never closed,,Broken\n";

    private final FakeUiThread ui = new FakeUiThread();
    private final I18n i18n = new I18n(Language.EN);
    private final BooleanProperty ready = new SimpleBooleanProperty(true);
    @TempDir Path dir;

    @AfterEach
    void close() {
        ui.close();
    }

    private BulkViewModel vm(CompletableFuture<RegistrationApi> api) {
        return vm(api, ui.background());
    }

    private BulkViewModel vm(CompletableFuture<RegistrationApi> api, Background jobs) {
        return ui.call(() -> new BulkViewModel(i18n, jobs, () -> api, Scenario.HEALTHY::input, ready,
                () -> Duration.ofSeconds(10), System::nanoTime, 4, 1000));
    }

    private static CompletableFuture<RegistrationApi> demo() {
        return CompletableFuture.completedFuture(new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO));
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void load(BulkViewModel vm, Path file) {
        ui.call(() -> vm.load(file)).ended().join();
    }

    private void runToEnd(BulkViewModel vm) {
        ui.run(vm::run);
        ui.await(() -> vm.state() != Worker.State.RUNNING);
    }

    private static Map<Integer, BulkResult> byLine(List<BulkResult> results) {
        return results.stream().collect(Collectors.toMap(r -> r.row().line(), r -> r));
    }

    // ---- loading

    @Test
    void aGoodFileIsCountedAndItsUnreadableLinesAnnounced() throws Exception {
        BulkViewModel vm = vm(demo());
        assertThat(ui.call(vm::canRun)).as("nothing loaded").isFalse();
        load(vm, file("customers.csv", CSV));
        assertThat(ui.call(vm::rowCount)).isEqualTo(4);
        assertThat(ui.call(() -> vm.unreadableCountProperty().get())).isEqualTo(1);
        assertThat(ui.call(() -> vm.fileTextProperty().get())).isEqualTo("4 rows read, 1 unreadable (listed as invalid)");
        ui.run(() -> i18n.setLanguage(Language.FR));
        assertThat(ui.call(() -> vm.fileTextProperty().get())).isEqualTo("4 lignes lues, dont 1 illisible (listée comme invalide)");
        ui.run(() -> i18n.setLanguage(Language.EN));
        assertThat(ui.call(() -> vm.loadErrorProperty().get())).isEmpty();
        assertThat(ui.call(vm::canRun)).isTrue();
        ui.run(() -> ready.set(false));
        assertThat(ui.call(vm::canRun)).as("registration or connection incomplete").isFalse();
    }

    @Test
    void aFileWithoutTheColumnSaysWhyInTheUsersLanguage() throws Exception {
        BulkViewModel vm = vm(demo());
        load(vm, file("good.csv", CSV));
        load(vm, file("export.csv", "Subscription;Customer\n" + MAPPED + ";Fabrikam\n"));
        assertThat(ui.call(vm::rowCount)).as("the rows of the previous file are gone").isZero();
        assertThat(ui.call(vm::canRun)).isFalse();
        assertThat(ui.call(() -> vm.fileTextProperty().get())).isEmpty();
        assertThat(ui.call(() -> vm.loadErrorProperty().get()))
                .isEqualTo("The first line has no customerSubscriptionId column. It must be the header, such as "
                        + "customerSubscriptionId,customerTenantId,label. Found: Subscription;Customer");
        ui.run(() -> i18n.setLanguage(Language.FR));
        assertThat(ui.call(() -> vm.loadErrorProperty().get())).startsWith("La première ligne n’a pas de colonne customerSubscriptionId.")
                .endsWith("Trouvé\u00a0: Subscription;Customer");
    }

    @Test
    void emptyBlankAndHeaderOnlyFilesHaveTheirOwnSentence() throws Exception {
        BulkViewModel vm = vm(demo());
        load(vm, file("empty.csv", ""));
        assertThat(ui.call(() -> vm.loadErrorProperty().get())).startsWith("The file is empty.");
        load(vm, file("blank.csv", "\n" + MAPPED + "\n"));
        assertThat(ui.call(() -> vm.loadErrorProperty().get())).startsWith("The first line is blank.");
        load(vm, file("header.csv", "customerSubscriptionId\n\n"));
        assertThat(ui.call(() -> vm.loadErrorProperty().get())).isEqualTo("The file has a header but no rows.");
        load(vm, dir.resolve("missing.csv"));
        assertThat(ui.call(() -> vm.loadErrorProperty().get())).startsWith("The file could not be read: ")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aSpreadsheetsAnsiFileKeepsItsAccents() throws Exception {
        BulkViewModel vm = vm(demo());
        Path f = dir.resolve("ansi.csv");
        Files.write(f, ("customerSubscriptionId;label\n" + MAPPED + ";Société Générale\n").getBytes(Charset.forName("windows-1252")));
        load(vm, f);
        ui.run(vm::run);
        ui.await(() -> vm.state() == Worker.State.DONE);
        assertThat(ui.call(() -> vm.results().get(0).row().label())).isEqualTo("Société Générale");
    }

    @Test
    void aQuotedLabelOverTwoLinesInAUtf16FileIsOneRow() throws Exception {
        BulkViewModel vm = vm(demo());
        Path f = Files.write(dir.resolve("excel.csv"), ("\uFEFFcustomerSubscriptionId;label\r\n" + MAPPED + ";\"Fabrikam\nsite Nord\"\r\n"
                + UNMAPPED + ";Tailspin\r\n").getBytes(StandardCharsets.UTF_16LE));
        load(vm, f);
        assertThat(ui.call(() -> vm.loadErrorProperty().get())).isEmpty();
        assertThat(ui.call(vm::rowCount)).isEqualTo(2);
        assertThat(ui.call(() -> vm.unreadableCountProperty().get())).isZero();
        runToEnd(vm);
        assertThat(ui.call(() -> vm.resultsByLine().get(0).row().label())).isEqualTo("Fabrikam\nsite Nord");
        assertThat(ui.call(() -> vm.resultsByLine().get(1).row().line())).isEqualTo(4);
    }

    @Test
    void aBadLinesReasonIsInTheLanguageOfTheMoment() throws Exception {
        BulkViewModel vm = vm(demo());
        load(vm, file("customers.csv", CSV));
        runToEnd(vm);
        BulkResult bad = ui.call(() -> byLine(List.copyOf(vm.results())).get(5));
        assertThat(ui.call(() -> i18n.render(bad.evidence()))).isEqualTo("Line 5 cannot be read: a quote is opened and never closed.");
        ui.run(() -> i18n.setLanguage(Language.FR));
        assertThat(ui.call(() -> i18n.render(bad.evidence())))
                .isEqualTo("La ligne 5 est illisible\u00a0: un guillemet est ouvert et jamais fermé.");
        assertThat(ui.call(vm::tableText)).contains("\tLa ligne 5 est illisible\u00a0: un guillemet est ouvert et jamais fermé.");
    }

    // ---- the run

    @Test
    void rowsArriveWithTheirStatusAndTheSummaryCountsThem() throws Exception {
        SimulatedAzure azure = new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO);
        BulkViewModel vm = vm(CompletableFuture.completedFuture(azure));
        load(vm, file("customers.csv", CSV));
        runToEnd(vm);
        assertThat(ui.call(vm::state)).isEqualTo(Worker.State.DONE);
        Map<Integer, BulkResult> rows = byLine(ui.call(() -> List.copyOf(vm.results())));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2).status()).isEqualTo(RowStatus.OK);
        assertThat(rows.get(2).row().label()).isEqualTo("Fabrikam");
        assertThat(rows.get(3).status()).isEqualTo(RowStatus.PROBLEM);
        assertThat(rows.get(3).primaryCode()).isEqualTo("CustomerSubscriptionNotFound");
        assertThat(rows.get(4).status()).isEqualTo(RowStatus.INVALID);
        assertThat(rows.get(4).primaryCode()).isEqualTo("InvalidCustomerSubscriptionId");
        assertThat(rows.get(5).status()).isEqualTo(RowStatus.INVALID);
        assertThat(rows.get(5).primaryCode()).isEqualTo("InputFormatInvalid");
        assertThat(ui.call(vm::counts)).containsExactly(Map.entry(RowStatus.OK, 1), Map.entry(RowStatus.PROBLEM, 1), Map.entry(RowStatus.INCOMPLETE, 0),
                Map.entry(RowStatus.INVALID, 2));
        assertThat(ui.call(() -> vm.progressProperty().get())).isEqualTo(1.0);
        assertThat(ui.call(() -> vm.progressTextProperty().get())).startsWith("Done: 4 rows in ");
        assertThat(ui.call(() -> vm.statusText(RowStatus.INVALID))).isEqualTo("Invalid line");
        assertThat(azure.writes()).as("bulk never writes").isEmpty();
    }

    @Test
    void aRowWhoseCheckThrowsIsCountedAsIncompleteAndARepeatedIdIsMarked() throws Exception {
        String faulty = "0f1e2d3c-4b5a-4697-8877-665544332211";
        SimulatedAzure azure = new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO);
        // The adapter fails in an unplanned way on every call about one customer subscription.
        RegistrationApi failing = FailingApi.on(azure, List.of(faulty));
        BulkViewModel vm = vm(CompletableFuture.completedFuture(failing));
        load(vm, file("customers.csv", "customerSubscriptionId,label\n" + MAPPED + ",Fabrikam\n" + faulty + ",Broken adapter\n"
                + MAPPED.toUpperCase(java.util.Locale.ROOT) + ",Fabrikam again\n" + MAPPED + ",Fabrikam once more\n"));
        runToEnd(vm);
        assertThat(ui.call(vm::state)).isEqualTo(Worker.State.DONE);
        Map<Integer, BulkResult> rows = byLine(ui.call(() -> List.copyOf(vm.results())));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3).status()).isEqualTo(RowStatus.INCOMPLETE);
        assertThat(ui.call(() -> i18n.render(rows.get(3).evidence()))).contains("IllegalStateException").contains("adapter bug");
        assertThat(ui.call(vm::counts)).containsEntry(RowStatus.INCOMPLETE, 1);
        assertThat(ui.call(vm::counts).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        assertThat(ui.call(() -> vm.doneProperty().get())).isEqualTo(4);

        assertThat(ui.call(() -> vm.duplicateText(rows.get(2)))).isEmpty();
        assertThat(ui.call(() -> vm.duplicateText(rows.get(4)))).isEqualTo("duplicate of line 2");
        assertThat(ui.call(() -> vm.duplicateText(rows.get(5)))).isEqualTo("duplicate of line 2");
        assertThat(ui.call(vm::tableText)).contains("\tduplicate of line 2\n");
        ui.run(() -> i18n.setLanguage(Language.FR));
        assertThat(ui.call(() -> vm.duplicateText(rows.get(5)))).isEqualTo("doublon de la ligne 2");
    }

    @Test
    void checkBeforeAddingIsPassedToTheRows() throws Exception {
        BulkViewModel vm = vm(demo());
        load(vm, file("customers.csv", "customerSubscriptionId\n" + UNMAPPED + "\n"));
        ui.run(() -> vm.intentProperty().set(Intent.CHECK_BEFORE_ADD));
        runToEnd(vm);
        BulkResult r = ui.call(() -> vm.results().get(0));
        assertThat(r.evidence().key()).as("the mapping checked as before adding").isEqualTo("evidence.notMappedYet");
        assertThat(r.primaryCode()).isNotEqualTo("CustomerSubscriptionNotFound");
    }

    @Test
    void fiveHundredRowsComeThroughAndAddUp() throws Exception {
        String ids = IntStream.range(0, 500).mapToObj(i -> switch (i % 4) {
            case 0 -> MAPPED;
            case 1 -> UNMAPPED;
            case 2 -> MALFORMED;
            default -> String.format("%08x-0000-4000-8000-%012d", i, i);
        }).collect(Collectors.joining("\n"));
        BulkViewModel vm = vm(demo());
        load(vm, file("many.csv", "customerSubscriptionId\n" + ids + "\n"));
        runToEnd(vm);
        assertThat(ui.call(() -> vm.results().size())).isEqualTo(500);
        assertThat(ui.call(vm::counts).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(500);
        assertThat(ui.call(() -> vm.countProperty(RowStatus.OK).get())).isEqualTo(125);
        assertThat(ui.call(() -> vm.resultsByLine().get(499).row().line())).isEqualTo(501);
    }

    @Test
    void rowsReachTheUiThreadInBatchesNotOneByOne() throws Exception {
        // A UI thread that is busy: nothing it is handed runs until the test lets it.
        List<Runnable> handedOver = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger posted = new java.util.concurrent.atomic.AtomicInteger();
        Executor busy = r -> {
            posted.incrementAndGet();
            handedOver.add(r);
        };
        try (Background jobs = new Background(busy)) {
            BulkViewModel vm = ui.call(() -> new BulkViewModel(i18n, jobs, BulkViewModelTest::demo, Scenario.HEALTHY::input, ready,
                    () -> Duration.ofSeconds(10), System::nanoTime, 8, 1000));
            String ids = IntStream.range(0, 500).mapToObj(i -> "not-a-guid-" + i).collect(Collectors.joining("\n"));
            ui.call(() -> vm.load(file("many.csv", "customerSubscriptionId\n" + ids + "\n")));
            awaitHandOvers(handedOver, 1);
            pump(handedOver);
            assertThat(ui.call(vm::rowCount)).isEqualTo(500);
            ui.run(vm::run);
            assertThat(handedOver).as("the client is ready").hasSize(1);
            int before = posted.get();
            ui.run(handedOver.remove(0));   // the runner starts
            // The first row asks for a hand-over; while it waits, rows only queue up. The run's end asks for another.
            awaitHandOvers(handedOver, 2);
            List<Integer> changes = new ArrayList<>();
            ui.run(() -> vm.results().addListener((ListChangeListener<BulkResult>) c -> changes.add(c.getList().size())));
            // Runs every hand-over until the run is done: one per row would still be coming, and be counted.
            while (ui.call(vm::state) != Worker.State.DONE) {
                awaitHandOvers(handedOver, 1);
                ui.run(handedOver.remove(0));
            }
            assertThat(posted.get() - before).as("one hand-over of rows and the end of the run, for 500 rows").isEqualTo(2);
            assertThat(ui.call(() -> vm.results().size())).isEqualTo(500);
            assertThat(changes).containsExactly(500);
            assertThat(ui.call(vm::state)).isEqualTo(Worker.State.DONE);
        }
    }

    private static void awaitHandOvers(List<Runnable> handedOver, int n) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (handedOver.size() < n) {
            if (System.nanoTime() > end) throw new AssertionError(n + " hand-over(s) awaited for 10 s, " + handedOver.size() + " came");
            Thread.sleep(10);
        }
    }

    /** Runs what was handed to the busy UI thread, on the fake one. */
    private void pump(List<Runnable> handedOver) {
        while (!handedOver.isEmpty()) {
            Runnable r = handedOver.remove(0);
            ui.run(r);
        }
    }

    @Test
    void cancelStopsAtOnceAndKeepsTheRowsAlreadyDone() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch hangs = new CountDownLatch(1);
        List<String> interrupted = new CopyOnWriteArrayList<>();
        SimulatedAzure azure = new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO);
        // Calls about the unmapped subscription hang until interrupted, as on a link that died.
        RegistrationApi hanging = (RegistrationApi) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RegistrationApi.class}, (p, m, a) -> {
                    if (m.getName().equals("throttlingLeftToCaller")) return p;   // the bulk run keeps this proxy
                    if (a != null && java.util.Arrays.asList(a).contains(UNMAPPED)) {
                        try {
                            hangs.countDown();
                            never.await();
                        } catch (InterruptedException e) {
                            interrupted.add(m.getName());
                            throw e;
                        }
                    }
                    try {
                        return m.invoke(azure, a);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        BulkViewModel vm = vm(CompletableFuture.completedFuture(hanging));
        load(vm, file("customers.csv", CSV));
        ui.run(vm::run);
        ui.await(() -> vm.doneProperty().get() == 3);
        // Cancelled while the call hangs (cancelled before it started, it would never start, and never be interrupted).
        assertThat(hangs.await(10, TimeUnit.SECONDS)).as("the call about the unmapped subscription has started").isTrue();
        long t0 = System.nanoTime();
        ui.run(vm::cancel);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(1));
        assertThat(ui.call(vm::state)).isEqualTo(Worker.State.CANCELLED);
        assertThat(ui.call(vm::isRunning)).isFalse();
        assertThat(ui.call(() -> vm.results().size())).isEqualTo(3);
        assertThat(ui.call(() -> vm.progressTextProperty().get())).isEqualTo("Cancelled: 3 of 4 rows done.");
        ui.await(() -> !interrupted.isEmpty());
        RowThreads.awaitNone();   // the row in flight has let go: whatever it could hand over is in the UI queue
        assertThat(ui.call(() -> vm.results().size())).as("nothing arrives after the cancel").isEqualTo(3);
        assertThat(ui.call(vm::canRun)).as("it can run again").isTrue();
    }

    @Test
    void aClientThatCannotBePreparedEndsTheRunWithItsReason() throws Exception {
        BulkViewModel vm = vm(CompletableFuture.failedFuture(new IllegalStateException("No Azure CLI session: run az login")));
        load(vm, file("customers.csv", CSV));
        runToEnd(vm);
        assertThat(ui.call(vm::state)).isEqualTo(Worker.State.FAILED);
        assertThat(ui.call(() -> vm.progressTextProperty().get())).isEqualTo("Not run: Azure could not be reached.");
        assertThat(ui.call(() -> vm.failureTextProperty().get())).isEqualTo("The run could not start: No Azure CLI session: run az login");
        assertThat(ui.call(vm::canRun)).isTrue();
    }

    @Test
    void cancelWhileWaitingForTheClientStartsNothing() throws Exception {
        CompletableFuture<RegistrationApi> later = new CompletableFuture<>();
        BulkViewModel vm = vm(later);
        load(vm, file("customers.csv", CSV));
        ui.run(vm::run);
        ui.run(vm::cancel);
        List<String> asked = new CopyOnWriteArrayList<>();
        SimulatedAzure azure = new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO);
        // A runner starting would ask for the client without 429 retries first, on the UI thread, before any row.
        later.complete((RegistrationApi) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RegistrationApi.class}, (p, m, a) -> {
                    asked.add(m.getName());
                    return m.getName().equals("throttlingLeftToCaller") ? p : m.invoke(azure, a);
                }));
        assertThat(ui.call(vm::state)).isEqualTo(Worker.State.CANCELLED);   // runs after what the client's arrival handed over
        assertThat(asked).as("no runner started").isEmpty();
        assertThat(ui.call(() -> vm.results().size())).isZero();
    }

    @Test
    void elapsedTimeMovesOnWithTheClock() throws Exception {
        long[] now = {0};
        BulkViewModel vm = ui.call(() -> new BulkViewModel(i18n, ui.background(), CompletableFuture::new, Scenario.HEALTHY::input, ready,
                () -> Duration.ofSeconds(10), () -> now[0], 4, 1000));
        load(vm, file("customers.csv", CSV));
        ui.run(vm::run);
        now[0] = 2_500_000_000L;
        ui.run(vm::tick);
        assertThat(ui.call(() -> vm.elapsedTextProperty().get())).isEqualTo("Elapsed: 2.5 s");
        assertThat(ui.call(() -> vm.progressTextProperty().get())).isEqualTo("0 of 4 rows done");
    }

    // ---- sharing

    @Test
    void theExportIsCsvOrJsonLinesByInputLine() throws Exception {
        BulkViewModel vm = vm(demo());
        load(vm, file("customers.csv", CSV));
        runToEnd(vm);
        assertThat(ui.call(vm::suggestedFileName)).matches("azscsp-bulk-customers-\\d{8}-\\d{4}");

        Path csv = dir.resolve("out.csv");
        ui.run(() -> vm.excelProperty().set(false));   // plain CSV; the Excel form has its own test
        ui.call(() -> vm.export(new SaveDialog.Target(csv, SaveDialog.Format.CSV))).ended().join();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("line,customerSubscriptionId,customerTenantId,label,status,primaryCode,secondaryCodes,evidence,duplicateOf");
        assertThat(lines.get(1)).startsWith("2," + MAPPED + ",dbab3982-796f-4d03-9908-044c08aef8a2,Fabrikam,ok,,");
        assertThat(lines.get(2)).startsWith("3," + UNMAPPED + ",,Tailspin,problem,CustomerSubscriptionNotFound,");
        assertThat(lines.get(3)).startsWith("4," + MALFORMED + ",,Typo,invalid,InvalidCustomerSubscriptionId,");
        assertThat(lines.get(4)).startsWith("5,,,,invalid,InputFormatInvalid,");
        assertThat(ui.call(() -> vm.exportMessageProperty().get())).isEqualTo("Results exported to " + csv);

        Path jsonl = dir.resolve("out.jsonl");
        ui.run(() -> { vm.redactProperty().set(true); i18n.setLanguage(Language.FR); });
        ui.call(() -> vm.export(new SaveDialog.Target(jsonl, SaveDialog.Format.JSON_LINES))).ended().join();
        List<String> json = Files.readAllLines(jsonl);
        assertThat(json).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("{\"line\":"));
        assertThat(json.get(1)).contains("\"status\":\"problem\"").contains("\"customerSubscriptionId\":\"c1d2\u20264e5f\"")
                .doesNotContain(UNMAPPED);
        assertThat(String.join("\n", json)).as("evidence in the language of the moment").contains("ligne");

        ui.call(() -> vm.export(new SaveDialog.Target(dir.resolve("missing/out.csv"), SaveDialog.Format.CSV))).ended().join();
        assertThat(ui.call(() -> vm.exportMessageProperty().get())).startsWith("Les résultats n’ont pas pu être exportés\u00a0: ");
    }

    @Test
    void theCsvExportOpensRightInExcelByDefault() throws Exception {
        java.util.Locale saved = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        try {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.FRANCE);
            BulkViewModel vm = vm(demo());
            assertThat(ui.call(() -> vm.excelProperty().get())).as("on by default").isTrue();
            load(vm, file("customers.csv", CSV));
            runToEnd(vm);
            Path csv = dir.resolve("excel.csv");
            ui.call(() -> vm.export(new SaveDialog.Target(csv, SaveDialog.Format.CSV))).ended().join();
            byte[] b = Files.readAllBytes(csv);
            assertThat(b).as("UTF-8 with its mark").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            String text = new String(b, StandardCharsets.UTF_8);
            assertThat(text).as("French Excel's separator").startsWith("\uFEFFline;customerSubscriptionId;customerTenantId;label;status;")
                    .contains("\n2;" + MAPPED + ";");
            assertThat(dev.azscsp.diagnosis.bulk.CsvInput.read(Files.newInputStream(csv))).as("read back by the app")
                    .extracting(r -> r.customerSubscriptionId()).containsExactly(MAPPED, UNMAPPED, MALFORMED, null);

            ui.run(() -> vm.excelProperty().set(false));
            ui.call(() -> vm.export(new SaveDialog.Target(csv, SaveDialog.Format.CSV))).ended().join();
            assertThat(Files.readString(csv)).startsWith("line,customerSubscriptionId,");
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, saved);
        }
    }

    @Test
    void theCopiedTableIsPlainTextByInputLine() throws Exception {
        BulkViewModel vm = vm(demo());
        load(vm, file("customers.csv", CSV));
        runToEnd(vm);
        String[] lines = ui.call(vm::tableText).split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("Line\tCustomer subscription\tLabel\tStatus\tPrimary code\tEvidence\tRepeats");
        assertThat(lines[1]).startsWith("2\t" + MAPPED + "\tFabrikam\tNo problem\t\t");
        assertThat(lines[2]).startsWith("3\t" + UNMAPPED + "\tTailspin\tProblem\tCustomerSubscriptionNotFound\t");
        assertThat(lines[4]).startsWith("5\t\t\tInvalid line\tInputFormatInvalid\tLine 5 cannot be read: ");
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(7));
        ui.run(() -> vm.redactProperty().set(true));
        assertThat(ui.call(vm::tableText)).doesNotContain(MAPPED).contains("e09a\u2026f07f");
    }

    /** Pasted into a spreadsheet, the copied table is read cell by cell as if typed: a label is never a formula. */
    @Test
    void theCopiedTableNeverHandsASpreadsheetAFormula() throws Exception {
        BulkViewModel vm = vm(demo());
        load(vm, file("formula.csv", "customerSubscriptionId,label\n" + MAPPED + ",\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n"
                + UNMAPPED + ",@SUM(1)\n"));
        runToEnd(vm);
        String[] lines = ui.call(vm::tableText).split("\n");
        assertThat(lines[1].split("\t", -1)[2]).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(lines[2].split("\t", -1)[2]).isEqualTo("'@SUM(1)");
    }

    @Test
    void aNewFileClearsThePreviousRun() throws Exception {
        BulkViewModel vm = vm(demo());
        load(vm, file("customers.csv", CSV));
        runToEnd(vm);
        load(vm, file("other.csv", "customerSubscriptionId\n" + MAPPED + "\n"));
        assertThat(ui.call(() -> vm.results().size())).isZero();
        assertThat(ui.call(vm::state)).isEqualTo(Worker.State.IDLE);
        assertThat(ui.call(() -> vm.progressTextProperty().get())).isEqualTo("Not run yet");
    }
}
