package dev.azscsp.ui.paste;

import java.util.HashMap;
import java.util.Map;

/** Answers set up by the test for given texts; anything else reads as nothing. */
public final class FakePastedErrorReader implements PastedErrorReader {
    private final Map<String, PastedError> answers = new HashMap<>();
    public volatile String lastText;

    public FakePastedErrorReader answer(String text, PastedError reading) {
        answers.put(text, reading);
        return this;
    }

    @Override
    public PastedError read(String text) {
        lastText = text;
        return answers.getOrDefault(text, PastedError.nothing());
    }
}
