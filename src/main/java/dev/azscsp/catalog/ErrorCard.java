package dev.azscsp.catalog;

import java.util.List;

import dev.azscsp.i18n.Language;

/** A card ready to show: every text in one language, with the user's values filled in. */
public record ErrorCard(CodeInfo info, Language language, String title, String details, String cause,
                        String relation, List<Action> actions) {

    public ErrorCard {
        actions = List.copyOf(actions);
    }

    public String code() { return info.code(); }

    /** The documentation page in the card's language, where Microsoft publishes one. */
    public String docUrl() { return info.docUrl(language); }

    /** A numbered next action; {@code commands} are ready to paste. */
    public record Action(int number, String text, List<Command> commands) {
        public Action {
            commands = List.copyOf(commands);
        }
    }

    /**
     * @param note null, or why some values were left as placeholders in {@code text}: they do not have the syntax
     *             a value must have to be pasted into a shell ({@link Placeholder#accepts})
     */
    public record Command(Shell shell, String text, String note) {}
}
