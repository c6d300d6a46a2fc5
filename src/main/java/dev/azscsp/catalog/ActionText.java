package dev.azscsp.catalog;

import java.util.List;

/** One next action as written in a language, with the ids of the commands that carry it out. */
public record ActionText(String text, List<String> commandIds) {
    public ActionText {
        commandIds = List.copyOf(commandIds);
    }
}
