package dev.azscsp.diagnosis.paste;

/** How a code was found in pasted text. Declared from strongest to weakest. */
public enum Evidence {
    /** The code's name appears in the text ({@code "code": "RegistrationNotFound"}, {@code (Code) Message}...). */
    EXPLICIT_CODE(Confidence.HIGH),
    /** The text holds the code's current message, in one of the catalog's languages. */
    MESSAGE_TEMPLATE(Confidence.MEDIUM),
    /** The text holds an earlier wording of the code's message. */
    MESSAGE_VARIANT(Confidence.MEDIUM),
    /** Only one sentence of the code's message, a sentence no other code uses. */
    MESSAGE_FRAGMENT(Confidence.LOW),
    /** Only an HTTP status that no other known code comes with. */
    HTTP_STATUS(Confidence.LOW);

    private final Confidence confidence;

    Evidence(Confidence confidence) { this.confidence = confidence; }

    public Confidence confidence() { return confidence; }
}
