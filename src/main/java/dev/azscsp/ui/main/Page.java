package dev.azscsp.ui.main;

/** The pages of the window; which of them are numbered steps depends on the {@link Flow}. */
public enum Page {
    START, CONNECT, REGISTRATION, CUSTOMER, CHECKS, RESULT, PASTE, CATALOG, DEMO, BULK, TENANTS;

    /** The message key of the page's title. */
    public String titleKey() { return "page." + name().toLowerCase(java.util.Locale.ROOT); }
}
