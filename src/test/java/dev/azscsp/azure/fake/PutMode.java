package dev.azscsp.azure.fake;

/** How the fake answers a successful customer-subscription PUT: the two shapes the sources disagree on. */
public enum PutMode {
    /** The REST spec: 200 with the CustomerSubscription body. */
    OK_WITH_BODY,
    /** The operator documentation: 201 Created with an empty body. */
    CREATED_EMPTY
}
