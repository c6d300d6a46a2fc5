package dev.azscsp.diagnosis.input;

import java.util.List;
import java.util.Optional;

import dev.azscsp.diagnosis.RegistrationTarget;

/** The cleaned-up target and what the rules found; the target is usable only when nothing blocks. */
public record InputReport(RegistrationTarget target, List<InputProblem> problems) {
    public InputReport {
        problems = List.copyOf(problems);
    }

    public boolean usable() {
        return problems.stream().noneMatch(InputProblem::blocking);
    }

    public List<InputProblem> problems(Field field) {
        return problems.stream().filter(p -> p.field() == field).toList();
    }

    /** The first blocking problem of a field, for a message beside it. */
    public Optional<InputProblem> blocking(Field field) {
        return problems.stream().filter(p -> p.field() == field && p.blocking()).findFirst();
    }
}
