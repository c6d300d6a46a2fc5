package dev.azscsp.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.junit.jupiter.api.Test;

/** A group's toggles follow the page (the arrow keys go by that order), not the map's iteration order. */
class ChoicesTest {

    @Test
    void theGroupFollowsThePageWhateverTheMapOrder() {
        RadioButton first = new RadioButton("first"), second = new RadioButton("second"), third = new RadioButton("third");
        // Nested as the customer page nests them: each choice in a box with its help line.
        new VBox(new HBox(first), new VBox(new HBox(second), third));
        Map<String, RadioButton> backwards = new LinkedHashMap<>();
        backwards.put("c", third);
        backwards.put("b", second);
        backwards.put("a", first);

        ToggleGroup group = Choices.group(backwards);

        assertThat(group.getToggles()).containsExactly(first, second, third);
        assertThat(group.getToggles()).extracting(t -> t.getUserData()).containsExactly("a", "b", "c");
    }
}
