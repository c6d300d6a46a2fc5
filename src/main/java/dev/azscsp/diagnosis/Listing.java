package dev.azscsp.diagnosis;

import java.util.List;
import java.util.function.Function;

/**
 * A list the checks already read from ARM (a subscription's registrations, a registration's customer
 * subscriptions), kept so the result shows what was seen instead of asking the admin to run the same listing. It
 * keeps the list it was read from (shared, never copied: a bulk run checks every row against one list of up to a
 * hundred thousand mappings) and words an item only when shown.
 */
public final class Listing {
    /** How many items the result shows; it says how many more there were. */
    public static final int MAX_ITEMS = 200;

    private final Text what;
    private final List<?> source;
    private final Function<Object, Text> item;

    private Listing(Text what, List<?> source, Function<Object, Text> item) {
        this.what = what;
        this.source = source;
        this.item = item;
    }

    /** @param what what was listed, with its count ("the registration's 13 customer subscriptions") */
    @SuppressWarnings("unchecked")
    public static <T> Listing of(Text what, List<T> source, Function<T, Text> item) {
        return new Listing(what, source, (Function<Object, Text>) item);
    }

    public Text what() { return what; }

    public int total() { return source.size(); }

    /** The first {@link #MAX_ITEMS} items, one sentence each. */
    public List<Text> items() {
        return source.stream().limit(MAX_ITEMS).map(x -> x == null ? Text.of("listing.itemUnreadable") : item.apply(x)).toList();
    }

    /** How many items were listed but are not shown. */
    public int notShown() { return Math.max(0, source.size() - MAX_ITEMS); }
}
