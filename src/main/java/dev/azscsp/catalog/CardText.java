package dev.azscsp.catalog;

import java.util.List;

/**
 * A card's words in one language. {@code details} is only written for codes whose service message we do not have
 * in that language; {@code relation} says, for codes outside the eight, which of them it stands for.
 */
public record CardText(String title, String details, String cause, String relation, List<ActionText> actions) {
    public CardText {
        actions = List.copyOf(actions);
    }
}
