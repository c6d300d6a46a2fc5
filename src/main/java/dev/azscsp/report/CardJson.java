package dev.azscsp.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.azscsp.catalog.ErrorCard;

/** A rendered card as a JSON object, the same in every JSON output. */
public final class CardJson {
    private CardJson() {}

    public static ObjectNode of(ErrorCard card, ObjectMapper mapper) {
        ObjectNode n = mapper.createObjectNode();
        n.put("code", card.code());
        n.put("origin", card.info().origin().name().toLowerCase(java.util.Locale.ROOT));
        n.put("title", card.title());
        n.put("severity", card.info().severity().name().toLowerCase(java.util.Locale.ROOT));
        n.put("retryable", card.info().retryable());
        n.put("details", card.details());
        n.put("cause", card.cause());
        n.put("relation", card.relation());
        ArrayNode actions = n.putArray("actions");
        for (ErrorCard.Action a : card.actions()) {
            ObjectNode an = actions.addObject();
            an.put("number", a.number());
            an.put("text", a.text());
            ArrayNode cmds = an.putArray("commands");
            for (ErrorCard.Command c : a.commands()) {
                ObjectNode cn = cmds.addObject();
                cn.put("shell", c.shell().key());
                cn.put("text", c.text());
                cn.put("note", c.note());
            }
        }
        n.put("docUrl", card.docUrl());
        n.put("language", card.language().tag());
        return n;
    }
}
