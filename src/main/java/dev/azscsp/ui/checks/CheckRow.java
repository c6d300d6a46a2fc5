package dev.azscsp.ui.checks;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import dev.azscsp.diagnosis.CheckId;
import dev.azscsp.diagnosis.CheckResult;
import dev.azscsp.diagnosis.CheckStatus;
import dev.azscsp.report.DiagnosisReport;
import dev.azscsp.ui.common.I18n;

/** One line of the live list of checks. Its texts follow the language, so a switch re-renders results. */
public final class CheckRow {
    /** The check's state as the list shows it: waiting, running, or its result's status. */
    public enum Status {
        PENDING, RUNNING, PASS, WARN, FAIL, UNKNOWN, SKIPPED;

        static Status of(CheckStatus s) {
            return valueOf(s.name());
        }

        public boolean finished() {
            return this != PENDING && this != RUNNING;
        }
    }

    private final CheckId id;
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(this, "status", Status.PENDING);
    private final ObjectProperty<CheckResult> result = new SimpleObjectProperty<>(this, "result");
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded");
    private final StringBinding title;
    private final StringBinding statusText;
    private final StringBinding evidence;
    private final StringBinding duration;

    public CheckRow(CheckId id, I18n i18n) {
        this.id = id;
        title = i18n.text(() -> i18n.render(id.title()));
        statusText = i18n.text(() -> switch (status.get()) {
            case PENDING -> i18n.get("checks.pending");
            case RUNNING -> i18n.get("checks.running");
            default -> result.get() == null ? "" : DiagnosisReport.statusWord(result.get().status(), i18n.language());
        }, status, result);
        evidence = i18n.text(() -> result.get() == null ? "" : i18n.render(result.get().evidence()), result);
        duration = i18n.text(() -> result.get() == null || !status.get().finished() ? ""
                : i18n.format("checks.duration", result.get().duration().toMillis()), result, status);
    }

    public CheckId id() { return id; }
    public ObjectProperty<Status> statusProperty() { return status; }
    public Status status() { return status.get(); }
    public ObjectProperty<CheckResult> resultProperty() { return result; }
    public BooleanProperty expandedProperty() { return expanded; }
    public StringBinding titleProperty() { return title; }
    public StringBinding statusTextProperty() { return statusText; }
    public StringBinding evidenceProperty() { return evidence; }
    public StringBinding durationProperty() { return duration; }

    void reset() {
        status.set(Status.PENDING);
        result.set(null);
        expanded.set(false);
    }

    void started() {
        if (!status.get().finished()) status.set(Status.RUNNING);
    }

    /** A failing or doubtful check opens its evidence: that is what the user will want to read. */
    void finished(CheckResult r) {
        result.set(r);
        status.set(Status.of(r.status()));
        if (r.status() == CheckStatus.FAIL || r.status() == CheckStatus.WARN) expanded.set(true);
    }
}
