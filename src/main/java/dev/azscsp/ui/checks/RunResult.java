package dev.azscsp.ui.checks;

import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.Diagnostician;
import dev.azscsp.report.RunContext;

/**
 * A finished run and what produced it: the result page needs the diagnostician for the one write
 * ({@link Diagnostician#add}), and the context (api-version for the cards' commands; when, where and with which
 * version for the ticket's head).
 */
public record RunResult(Diagnosis diagnosis, Diagnostician diagnostician, RunContext context) {

    public String apiVersion() { return context.apiVersion(); }

    public RunResult with(Diagnosis d) {
        return new RunResult(d, diagnostician, context);
    }
}
