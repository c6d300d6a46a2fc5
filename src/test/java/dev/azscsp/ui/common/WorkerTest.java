package dev.azscsp.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.azscsp.i18n.Language;
import dev.azscsp.ui.FakeUiThread;

class WorkerTest {
    private final FakeUiThread ui = new FakeUiThread();
    private final I18n i18n = new I18n(Language.EN);
    private final Worker worker = ui.call(() -> new Worker(ui.background(), i18n));
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void aValueIsHandedOverOnTheUiThreadAndTheRunEndsDone() {
        Worker.Run r = ui.call(() -> worker.start(() -> "value", v -> delivered.add(v + " on " + Thread.currentThread().getName())));
        assertThat(r.ended().join()).isEqualTo(Worker.State.DONE);
        assertThat(delivered).containsExactly("value on fake-ui");
        assertThat(ui.call(worker::state)).isEqualTo(Worker.State.DONE);
    }

    @Test
    void aSupersededRunDeliversNothingEvenWhenItEndsLast() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Worker.Run first = ui.call(() -> worker.start(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return "stale";
        }, delivered::add));
        assertThat(started.await(10, TimeUnit.SECONDS)).as("the first work is under way").isTrue();
        Worker.Run second = ui.call(() -> worker.start(() -> "fresh", delivered::add));
        assertThat(second.ended().join()).isEqualTo(Worker.State.DONE);
        release.countDown();
        assertThat(first.ended().get(5, TimeUnit.SECONDS)).as("superseded").isNull();
        ui.await(interrupted::get);
        ui.run(() -> { });   // anything the first run posted has run by now
        assertThat(delivered).containsExactly("fresh");
        assertThat(ui.call(worker::state)).isEqualTo(Worker.State.DONE);
    }

    @Test
    void cancelRunsTheHooksEndsCancelledAndDropsLaterPosts() {
        AtomicBoolean hook = new AtomicBoolean();
        Worker.Run r = ui.call(() -> {
            Worker.Run run = worker.begin();
            run.onCancel(() -> hook.set(true));
            return run;
        });
        ui.run(worker::cancel);
        assertThat(hook).isTrue();
        assertThat(r.ended().join()).isEqualTo(Worker.State.CANCELLED);
        r.post(() -> delivered.add("late"));
        ui.run(() -> { });
        assertThat(delivered).isEmpty();
        assertThat(ui.call(worker::state)).isEqualTo(Worker.State.CANCELLED);
        assertThat(ui.call(r::isCurrent)).isFalse();
    }

    @Test
    void aFailureIsASentenceInTheCurrentLanguageNeverAStackTrace() {
        Worker.Run r = ui.call(() -> worker.start(() -> { throw new NoSuchFileException("/tmp/missing/report.md"); }, v -> { }));
        assertThat(r.ended().join()).isEqualTo(Worker.State.FAILED);
        assertThat(ui.call(() -> worker.failureProperty().get())).isEqualTo("/tmp/missing/report.md does not exist (or its folder does not).");
        ui.run(() -> i18n.setLanguage(Language.FR));
        assertThat(ui.call(() -> worker.failureProperty().get())).isEqualTo("/tmp/missing/report.md n’existe pas (ou son dossier n’existe pas).");

        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(Failures.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines = new ch.qos.logback.core.read.ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            Worker.Run npe = ui.call(() -> worker.start(() -> { throw new NullPointerException(); }, v -> { }));
            assertThat(npe.ended().join()).isEqualTo(Worker.State.FAILED);
            assertThat(ui.call(() -> worker.failureProperty().get())).startsWith("Une erreur inattendue s’est produite (NullPointerException")
                    .doesNotContain("\tat ");
            ui.run(() -> i18n.setLanguage(Language.EN));
            assertThat(ui.call(() -> worker.failureProperty().get())).startsWith("Something unexpected went wrong (NullPointerException");
            assertThat(lines.list).as("logged once, with its stack, however often the sentence is made")
                    .singleElement().satisfies(e -> assertThat(e.getThrowableProxy().getClassName()).isEqualTo("java.lang.NullPointerException"));
        } finally {
            log.detachAppender(lines);
        }
    }

    @Test
    void resetForgetsTheRunAndTheFailure() {
        ui.call(() -> worker.start(() -> { throw new IllegalStateException("not now"); }, v -> { })).ended().join();
        assertThat(ui.call(() -> worker.failureProperty().get())).isEqualTo("not now");
        ui.run(worker::reset);
        assertThat(ui.call(worker::state)).isEqualTo(Worker.State.IDLE);
        assertThat(ui.call(() -> worker.failureProperty().get())).isNull();
    }
}
