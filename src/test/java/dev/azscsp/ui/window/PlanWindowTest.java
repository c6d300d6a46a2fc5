package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.common.AlertConfirmer;
import dev.azscsp.ui.common.Worker;
import dev.azscsp.ui.main.Page;
import dev.azscsp.ui.tenants.PlanViewModel;
import dev.azscsp.ui.tenants.TenantsViewModel;

/**
 * The plan of writes on the customers page, in the window, with the demo's registration: ticks, the plan in full,
 * the one confirmation (Cancel by default), the run held while a write is in flight (no leaving, closing asks
 * first), each row's outcome, the list read again, French.
 */
class PlanWindowTest extends WindowTest {
    /** Each write of the simulated Azure waits for this once {@link #hold} is set. */
    private final CountDownLatch answer = new CountDownLatch(1);
    private volatile boolean hold;
    private final AtomicInteger writes = new AtomicInteger();

    @Override
    protected void configure() {
        services.apiFactory = (c, dc) -> {
            SimulatedAzure azure = new SimulatedAzure(c.scenario(), Duration.ofMillis(2));
            return (RegistrationApi) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {RegistrationApi.class},
                    (proxy, m, args) -> {
                        if (m.getName().equals("addCustomerSubscription") || m.getName().equals("removeCustomerSubscription")) {
                            writes.incrementAndGet();
                            if (hold) answer.await();
                        }
                        try {
                            return m.invoke(azure, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
    }

    @AfterEach
    void letTheAnswersCome() {
        answer.countDown();
    }

    private TenantsViewModel tenants() { return vm().tenants(); }

    private PlanViewModel plan() { return vm().tenants().plan(); }

    private Optional<DialogPane> dialog(String id) {
        return fx(() -> robot.lookup("#" + id).tryQueryAs(DialogPane.class));
    }

    private DialogPane planQuestion() {
        waitUntil(() -> dialog(AlertConfirmer.PLAN_DIALOG_ID).isPresent());
        return dialog(AlertConfirmer.PLAN_DIALOG_ID).orElseThrow();
    }

    private void openReadAndLoadTheDemo() {
        robot.press(KeyCode.ALT).press(KeyCode.U).release(KeyCode.U).release(KeyCode.ALT);
        waitUntil(() -> vm().page() == Page.CONNECT);
        robot.clickOn("#demo");
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.TENANTS);
        robot.clickOn("#nextButton");
        waitUntil(() -> tenants().state() == Worker.State.DONE, 20);
        robot.clickOn("#loadDemoButton");
        waitUntil(() -> tenants().reconciliation() != null);
    }

    /** Scrolls the page to the node first: the plan sits below the table, out of view in a small window. */
    private void clickInPage(String query) {
        fx(() -> {
            javafx.scene.Node n = robot.lookup(query).query();
            javafx.scene.control.ScrollPane sp = robot.lookup(".page-scroll").queryAs(javafx.scene.control.ScrollPane.class);
            javafx.geometry.Bounds b = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double h = sp.getContent().getBoundsInLocal().getHeight();
            double v = sp.getViewportBounds().getHeight();
            if (h > v) sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 20) / (h - v))));
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(query);
    }

    private List<String> outcomes() {
        return fx(() -> {
            TableView<PlanViewModel.PlanLine> t = robot.lookup("#planTable").queryTableView();
            return t.getItems().stream().map(plan()::outcomeText).toList();
        });
    }

    @Test
    void ticksMakeThePlanOneQuestionWithCancelAsDefaultThenEachRowsOutcomeWhileThePageIsHeld() {
        openReadAndLoadTheDemo();
        assertThat(robot.lookup("#planBox").query().isVisible()).isTrue();
        assertThat(text("#planCounts")).as("nothing ticked by default").isEqualTo("Add 5, remove 0; 2 not planned.");
        TableView<PlanViewModel.PlanLine> planTable = robot.lookup("#planTable").queryTableView();
        assertThat(fx(() -> planTable.getItems().size())).as("5 writes and 2 rows left out").isEqualTo(7);
        assertThat(fx(() -> planTable.getItems().subList(5, 7).stream().map(x -> plan().actionText(x) + " | " + plan().effectText(x)).toList()))
                .anySatisfy(t -> assertThat(t).startsWith("Not planned | not planned: tenant 56a12af3-8a53-5648-91d0-fbc21c5069f0 has several"))
                .anySatisfy(t -> assertThat(t).isEqualTo("Not planned | not planned: mapped as 20AED535-AD04-5DA3-A794-8A440070F0C3 (another "
                        + "letter case). Tick Remove on its row to remove that mapping, then plan again to add the id as written."));

        // One box ticked in the table, then all the unexpected mappings.
        clickInPage("#filter-mapped-not-expected");
        waitUntil(() -> robot.lookup(".remove-column .check-box").queryAll().size() == 4);
        robot.clickOn(robot.lookup(".remove-column .check-box").queryAllAs(CheckBox.class).iterator().next());
        waitUntil(() -> text("#planCounts").equals("Add 5, remove 1; 2 not planned."));
        clickInPage("#tickAllButton");
        waitUntil(() -> text("#planCounts").equals("Add 5, remove 4; 2 not planned."));
        assertThat(fx(() -> robot.lookup(".remove-column .check-box").queryAllAs(CheckBox.class).stream().allMatch(CheckBox::isSelected))).isTrue();

        // The question: the registration, the counts, where removed customers' usage goes; Enter is Cancel.
        clickInPage("#applyButton");
        DialogPane q = planQuestion();
        assertThat(fx(q::getHeaderText)).isEqualTo("Apply the plan to AzureStack-1f0e9d8c-7b6a-4c5d-9e4f-3a2b1c0d9e8f?");
        assertThat(fx(() -> ((Label) q.lookup("#confirmPlanText")).getText()))
                .startsWith("Write to Azure: add 5, remove 4 on AzureStack-1f0e9d8c-7b6a-4c5d-9e4f-3a2b1c0d9e8f.")
                .contains("Each removed customer's usage is then reported against the registration subscription");
        assertThat(fx(() -> ((Button) dialogButton(q, ButtonBar.ButtonData.CANCEL_CLOSE)).isDefaultButton())).isTrue();
        assertThat(fx(() -> ((Button) dialogButton(q, ButtonBar.ButtonData.OK_DONE)).isDefaultButton())).isFalse();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> dialog(AlertConfirmer.PLAN_DIALOG_ID).isEmpty());
        assertThat(writes.get()).isZero();
        assertThat(text("#planStatus")).isEqualTo("Not written: the confirmation was cancelled, so nothing was sent.");

        // Confirmed, with the first write held: the page cannot be left, and closing asks first.
        hold = true;
        clickInPage("#applyButton");
        DialogPane again = planQuestion();
        robot.clickOn(dialogButton(again, ButtonBar.ButtonData.OK_DONE));
        waitUntil(() -> writes.get() == 1);
        assertThat(fx(plan()::isApplying)).isTrue();
        assertThat(button("#homeButton").isDisabled()).isTrue();
        assertThat(button("#backButton").isDisabled()).isTrue();
        assertThat(text("#cancelButton")).isEqualTo("Stop after the write in flight");
        assertThat(button("#applyButton").isDisabled()).isTrue();
        robot.type(KeyCode.ESCAPE);   // the footer's Stop is the cancel button: it stops the plan, not the page
        waitUntil(() -> text("#planStatus").equals("Stopping after the write in flight\u2026"));
        assertThat(fx(vm()::page)).isEqualTo(Page.TENANTS);
        fx(() -> { vm().go(Page.START); return null; });
        assertThat(fx(vm()::page)).isEqualTo(Page.TENANTS);
        Platform.runLater(() -> window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> dialog(AlertConfirmer.CLOSE_DIALOG_ID).isPresent());
        DialogPane close = dialog(AlertConfirmer.CLOSE_DIALOG_ID).orElseThrow();
        assertThat(fx(close::getHeaderText)).isEqualTo("Close while the plan is being applied?");
        robot.type(KeyCode.ENTER);   // "Wait for the answer", the default
        waitUntil(() -> dialog(AlertConfirmer.CLOSE_DIALOG_ID).isEmpty());
        assertThat(fx(() -> window.stage().isShowing())).isTrue();

        answer.countDown();
        waitUntil(() -> !plan().isApplying() && tenants().state() == Worker.State.DONE, 20);
        assertThat(writes.get()).as("Stop let the write in flight finish and sent no other").isEqualTo(1);
        assertThat(outcomes()).containsExactly("done", "not sent: cancelled", "not sent: cancelled",
                "not sent: cancelled", "not sent: cancelled", "not sent: cancelled",
                "not sent: cancelled", "not sent: cancelled", "not sent: cancelled");
        assertThat(text("#planStatus")).startsWith("1 done, 0 already done, 0 refused, 0 no longer applying, 8 not sent.")
                .endsWith("Cancelled: the rows after the last write were not sent.");
        assertThat(button("#homeButton").isDisabled()).isFalse();

        // A new plan from the list read again, applied to the end: the demo's registration now holds what was planned.
        // The ticks of mappings still there are kept.
        clickInPage("#newPlanButton");
        waitUntil(() -> text("#planCounts").equals("Add 4, remove 4; 2 not planned."));
        clickInPage("#applyButton");
        robot.clickOn(dialogButton(planQuestion(), ButtonBar.ButtonData.OK_DONE));
        waitUntil(() -> !plan().isApplying() && plan().resultProperty().get() != null && tenants().state() == Worker.State.DONE, 20);
        assertThat(outcomes()).containsOnly("done").hasSize(8);
        assertThat(fx(() -> robot.lookup("#planStatus").query().getPseudoClassStates().toString())).contains("success");
        waitUntil(() -> text("#filter-mapped-not-expected").equals("Mapped but not expected: 0"));
        // What the plan left out stays for the user: one line of the shared tenant, the id mapped in another letter case.
        assertThat(text("#filter-expected-not-mapped")).isEqualTo("Expected but not mapped: 1");
        assertThat(text("#filter-mapped-differently")).isEqualTo("Other tenant id or letter case: 1");

        robot.clickOn("#french");
        waitUntil(() -> vm().i18n().language() == Language.FR);
        assertThat(text("#planStatus")).startsWith("Faits\u00a0: 8, déjà faits\u00a0: 0");
        assertThat(outcomes()).containsOnly("fait");
    }
}
