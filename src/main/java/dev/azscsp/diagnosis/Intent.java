package dev.azscsp.diagnosis;

/** What the user wants to know or do with the customer subscription. */
public enum Intent {
    /** The mapping should exist already; an absent mapping is CustomerSubscriptionNotFound. Never writes. */
    VERIFY,
    /** The mapping should not exist yet; check everything the PUT needs. Never writes. */
    CHECK_BEFORE_ADD,
    /** As CHECK_BEFORE_ADD, then send the PUT, after the user confirmed it. */
    ADD
}
