package dev.azscsp.diagnosis;

/** Progress of a run, called from worker threads: a UI must hand it to its own thread. */
public interface DiagnosisListener {
    DiagnosisListener NONE = new DiagnosisListener() {};

    default void started(CheckId id) {}

    default void finished(CheckResult result) {}
}
