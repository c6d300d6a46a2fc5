package dev.azscsp.ui.main;

/** The pages of the window; the five wizard steps carry their number. */
public enum Page {
    START(0), CONNECT(1), REGISTRATION(2), CUSTOMER(3), CHECKS(4), RESULT(5), PASTE(0), CATALOG(0), DEMO(0);

    public static final int STEPS = 5;

    private final int step;

    Page(int step) { this.step = step; }

    /** 1 to 5 for a wizard step, 0 otherwise. */
    public int step() { return step; }

    public boolean isStep() { return step > 0; }

    /** The message key of the page's title. */
    public String titleKey() { return "page." + name().toLowerCase(java.util.Locale.ROOT); }
}
