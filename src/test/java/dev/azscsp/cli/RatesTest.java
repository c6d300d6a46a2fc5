package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bulk and tenants hold --concurrency and --max-calls-per-second to the same bounds, before any call. */
class RatesTest {
    @ParameterizedTest
    @CsvSource({"bulk,--concurrency,0,--concurrency must be between 1 and 64.",
            "bulk,--concurrency,65,--concurrency must be between 1 and 64.",
            "bulk,--max-calls-per-second,0.5,--max-calls-per-second must be between 1 and 1000.",
            "bulk,--max-calls-per-second,1001,--max-calls-per-second must be between 1 and 1000.",
            "tenants,--concurrency,0,--concurrency must be between 1 and 64.",
            "tenants,--concurrency,65,--concurrency must be between 1 and 64.",
            "tenants,--max-calls-per-second,0.5,--max-calls-per-second must be between 1 and 1000.",
            "tenants,--max-calls-per-second,1001,--max-calls-per-second must be between 1 and 1000."})
    void outOfBoundsIsAUsageError(String command, String option, String value, String message) {
        List<String> args = new ArrayList<>(List.of(command, "--subscription", "dd8597b4-8739-4467-8b10-f8679f62bfbf",
                "--registration", "reg1", "--auth", "demo", option, value));
        // bulk's --input is required; the bounds are checked before the file is opened.
        if (command.equals("bulk")) args.addAll(List.of("--input", "missing.csv"));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exitCode()).isEqualTo(DiagnoseCommand.USAGE);
        assertThat(r.err()).contains(message);
    }

    @ParameterizedTest
    @CsvSource({"1,1", "64,1000", "8,25.5"})
    void theBoundsThemselvesAreAllowed(int concurrency, double calls) {
        assertThat(Rates.problem(concurrency, calls)).isNull();
    }
}
