package dev.azscsp.ui.main;

import java.util.List;

/**
 * Which way through the steps: one customer subscription, many from a CSV file ("Check many"), or every customer of
 * a registration.
 */
public enum Flow {
    SINGLE(List.of(Page.CONNECT, Page.REGISTRATION, Page.CUSTOMER, Page.CHECKS, Page.RESULT)),
    BULK(List.of(Page.CONNECT, Page.REGISTRATION, Page.BULK)),
    TENANTS(List.of(Page.CONNECT, Page.REGISTRATION, Page.TENANTS));

    private final List<Page> steps;

    Flow(List<Page> steps) { this.steps = steps; }

    /** The pages of the step indicator, in order. */
    public List<Page> steps() { return steps; }

    /** 1 for the first step; 0 for a page that is not a step of this flow. */
    public int stepOf(Page p) {
        return steps.indexOf(p) + 1;
    }
}
