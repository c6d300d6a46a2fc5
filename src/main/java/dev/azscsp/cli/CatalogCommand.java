package dev.azscsp.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;

import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.catalog.Values;
import dev.azscsp.i18n.Language;
import dev.azscsp.report.CardJson;
import dev.azscsp.report.TicketText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code catalog}: every card, with markers where the user's values would go. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Prints every error card: the 8 registration codes, their neighbours and local conditions.")
final class CatalogCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--lang", description = "en or fr (default: the system's language, else en)")
    Language lang;

    @Option(names = "--format", defaultValue = "text", description = "text, markdown or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws Exception {
        Language l = lang != null ? lang : Language.fromSystem();
        ErrorCatalog catalog = ErrorCatalog.shipped();
        var out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode all = json.createArrayNode();
            for (CodeInfo c : catalog.codes()) all.add(CardJson.of(catalog.card(c.code(), l, Values.empty()), json));
            out.println(json.writeValueAsString(all));
            return 0;
        }
        boolean first = true;
        for (CodeInfo c : catalog.codes()) {
            ErrorCard card = catalog.card(c.code(), l, Values.empty());
            if (!first) out.println(format == Format.markdown ? "\n---\n" : "\n" + "=".repeat(78) + "\n");
            out.print(format == Format.markdown ? TicketText.markdown(card, java.util.List.of(), null, false)
                    : TicketText.plain(card, java.util.List.of(), null, false));
            first = false;
        }
        return 0;
    }
}
