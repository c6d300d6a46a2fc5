package dev.azscsp.ui.checks;

import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.Diagnostician;

/**
 * A finished run and what produced it: the result page needs the diagnostician for the one write
 * ({@link Diagnostician#add}) and the api-version for the cards' commands.
 */
public record RunResult(Diagnosis diagnosis, Diagnostician diagnostician, String apiVersion) {

    public RunResult with(Diagnosis d) {
        return new RunResult(d, diagnostician, apiVersion);
    }
}
