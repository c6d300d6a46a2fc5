package dev.azscsp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.diagnosis.Text;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.paste.ErrorTextReader;
import dev.azscsp.diagnosis.paste.Extracted;
import dev.azscsp.diagnosis.paste.PasteHint;
import dev.azscsp.diagnosis.paste.PasteResult;
import dev.azscsp.i18n.Language;
import dev.azscsp.report.CardJson;
import dev.azscsp.report.InputRow;
import dev.azscsp.report.Redactor;
import dev.azscsp.report.TicketText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code explain}: turns a pasted error into its card. Exit codes: 0 an error was recognized, 1 none was, 2 bad usage.
 * A long input is read in part (its start and its end, {@link HeadAndTail}), and the output says how much was not read.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Reads error text (PowerShell, Azure CLI, portal, JSON) from a file or standard input and prints its card.",
                "Of a long log, the first 1.4 MiB and the last 488 KiB are read; the output says how much of the middle was not.",
                "The text may be UTF-8, UTF-16 with a byte order mark (PowerShell 5's >) or Windows-1252."},
        footer = {"", "Exit codes: 0 an error was recognized, 1 none was (in the parts read), 2 bad usage or unreadable file."})
final class ExplainCommand implements Callable<Integer> {
    private static final double KIB = 1024, MIB = 1024 * 1024;

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The file to read; - or nothing for standard input.")
    String file;
    @CommandLine.Mixin OutputOptions output;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language l = output.apply();
        HeadAndTail input;
        try {
            input = read();
        } catch (NoSuchFileException e) {
            err.println("File not found: " + file);
            return DiagnoseCommand.USAGE;
        } catch (IOException e) {
            err.println("The file cannot be read: " + e.getMessage());
            return DiagnoseCommand.USAGE;
        }
        ErrorCatalog catalog = ErrorCatalog.shipped();
        PasteResult r = ErrorTextReader.fromCatalog(catalog).read(input.text());
        ErrorCard card = r.card(catalog, l);
        String result = switch (output.format) {
            case json -> json(r, card, input);
            case markdown, text -> human(r, card, l, output.format == Format.markdown, input);
        };
        out.print(output.redact() ? Redactor.redact(result) : result);
        out.flush();
        return r.primaryCode() != null ? 0 : 1;
    }

    private HeadAndTail read() throws IOException {
        if (file == null || file.equals("-")) return HeadAndTail.read(System.in, -1);
        Path p = Path.of(file);
        if (Files.isDirectory(p)) throw new IOException(file + " is a folder");
        // A regular file's middle is skipped unread; anything else (a pipe, a device) is a stream.
        long size = Files.isRegularFile(p) ? Files.size(p) : -1;
        try (InputStream in = Files.newInputStream(p)) {
            return HeadAndTail.read(in, size);
        }
    }

    private static String json(PasteResult r, ErrorCard card, HeadAndTail input) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        r.codes().forEach(root.putArray("codes")::add);
        root.put("primaryCode", r.primaryCode());
        ObjectNode x = root.putObject("extracted");
        Extracted e = r.extracted();
        x.put("subscriptionId", e.subscriptionId());
        x.put("resourceGroup", e.resourceGroup());
        x.put("registrationName", e.registrationName());
        x.put("customerSubscriptionId", e.customerSubscriptionId());
        x.put("correlationId", e.correlationId());
        x.put("requestId", e.requestId());
        x.put("timestamp", e.timestamp());
        ObjectNode other = root.putObject("otherValues");                  // only those found
        e.otherValues().forEach((p, v) -> other.put(p.key(), v));
        ObjectNode look = root.putObject("lookalikeIds");
        e.lookalikeIds().forEach((p, v) -> look.put(p.key(), v));
        root.put("confidence", r.confidence().name().toLowerCase(java.util.Locale.ROOT));
        root.put("inputBytes", input.totalBytes());
        root.put("skippedBytes", input.skippedBytes());   // the middle of a long input, not read
        if (card == null) root.putNull("card");
        else root.set("card", CardJson.of(card, m));
        return m.writeValueAsString(root) + "\n";
    }

    private static String human(PasteResult r, ErrorCard card, Language l, boolean markdown, HeadAndTail input) {
        StringBuilder notes = new StringBuilder();
        r.extracted().lookalikeIds().forEach((p, v) -> Field.of(p).ifPresent(f ->
                notes.append('\n').append(InputRules.lookalikeId(f, v).in(l)).append('\n')));
        boolean nothing = r.hint() == PasteHint.NOTHING_RECOGNIZED || r.hint() == PasteHint.EMPTY_INPUT;
        if (input.partial() && !(card == null && nothing)) {
            notes.append('\n').append(Text.of("paste.partial", size(input.totalBytes() - input.skippedBytes()),
                    size(input.skippedBytes())).in(l)).append('\n');
        }
        if (card == null) {
            // Never "no known error" about text that was not read.
            String hint = input.partial() && nothing ? Text.of("paste.partialNothingFound", size(input.skippedBytes())).in(l)
                    : Text.of(r.hint().key(), String.join(", ", r.unknownCodes())).in(l);
            return hint + "\n" + notes;
        }
        List<InputRow> rows = new ArrayList<>();
        Extracted e = r.extracted();
        add(rows, "field.SUBSCRIPTION_ID", e.subscriptionId(), l);
        add(rows, "field.RESOURCE_GROUP", e.resourceGroup(), l);
        add(rows, "field.REGISTRATION_NAME", e.registrationName(), l);
        add(rows, "field.CUSTOMER_SUBSCRIPTION_ID", e.customerSubscriptionId(), l);
        e.otherValues().forEach((p, v) -> add(rows, "paste.value." + p.key(), v, l));
        if (e.correlationId() != null) rows.add(new InputRow("x-ms-correlation-request-id", e.correlationId()));
        if (e.requestId() != null) rows.add(new InputRow("x-ms-request-id", e.requestId()));
        if (e.timestamp() != null) rows.add(new InputRow("Date", e.timestamp()));
        StringBuilder b = new StringBuilder(markdown ? TicketText.markdown(card, rows, null, false) : TicketText.plain(card, rows, null, false));
        List<String> others = r.codes().stream().filter(c -> !c.equals(r.primaryCode())).toList();
        if (!others.isEmpty()) b.append('\n').append(Text.of("paste.alsoFound").in(l)).append(l.colon()).append(String.join(", ", others)).append('\n');
        return b.append(notes).toString();
    }

    /** A size in bytes, KiB or MiB, in the reader's language. */
    static Text size(long bytes) {
        if (bytes < KIB) return Text.of("size.bytes", bytes);
        if (bytes < MIB) return Text.of("size.kib", Math.round(bytes / KIB));
        return Text.of("size.mib", bytes / MIB);
    }

    private static void add(List<InputRow> rows, String key, String value, Language l) {
        if (value != null) rows.add(new InputRow(Text.of(key).in(l), value));
    }
}
