package dev.azscsp.diagnosis.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.RegistrationTarget;
import dev.azscsp.diagnosis.Text;
import dev.azscsp.syntax.ArmSyntax;

/**
 * The offline rules for what the user typed: instant, no network. They clean values up the way people paste them
 * (spaces, quotes, braces, a whole resource id) and catch the usual slips before any call is made.
 */
public final class InputRules {
    public static final String DEFAULT_RESOURCE_GROUP = "azurestack";
    /** Longer input is refused before any pattern runs, so a huge paste stays instant. */
    static final int MAX_FIELD_LENGTH = 1000;

    /** A subscription id inside a pasted ARM id or URL. */
    private static final Pattern SUBSCRIPTION_SEGMENT =
            Pattern.compile("(?i)/subscriptions/([^/?#\\s]{1,100})");

    private InputRules() {}

    public static InputReport check(RawInput in) {
        List<InputProblem> problems = new ArrayList<>();
        String sub = subscriptionId(in.subscriptionId(), Field.SUBSCRIPTION_ID, true, problems);
        String rg = resourceGroup(in.resourceGroup(), problems);
        String name = registrationName(in.registrationName(), problems);
        String cloudId = subscriptionId(in.stampCloudId(), Field.STAMP_CLOUD_ID, false, problems);
        String cust = subscriptionId(in.customerSubscriptionId(), Field.CUSTOMER_SUBSCRIPTION_ID, true, problems);
        String tenant = subscriptionId(in.customerTenantId(), Field.CUSTOMER_TENANT_ID, false, problems);

        if (sub != null && cust != null && sub.equalsIgnoreCase(cust)) {
            problems.add(new InputProblem(Field.CUSTOMER_SUBSCRIPTION_ID, true,
                    Text.of("input.sameSubscription"), "InputFormatInvalid"));
        }
        if (cust != null && !cust.equals(cust.toLowerCase(Locale.ROOT))) {
            problems.add(new InputProblem(Field.CUSTOMER_SUBSCRIPTION_ID, false,
                    Text.of("input.customerUppercase"), "BadCustomerSubscriptionId"));
        }
        Intent intent = in.intent() == null ? Intent.VERIFY : in.intent();
        return new InputReport(new RegistrationTarget(sub, rg, name, cust, tenant, cloudId, intent), problems);
    }

    /** One field alone, for inline validation while the user types. */
    public static List<InputProblem> checkField(Field field, String value) {
        List<InputProblem> problems = new ArrayList<>();
        switch (field) {
            case SUBSCRIPTION_ID, CUSTOMER_SUBSCRIPTION_ID -> subscriptionId(value, field, true, problems);
            case STAMP_CLOUD_ID, CUSTOMER_TENANT_ID -> subscriptionId(value, field, false, problems);
            case RESOURCE_GROUP -> resourceGroup(value, problems);
            case REGISTRATION_NAME -> registrationName(value, problems);
        }
        if (field == Field.CUSTOMER_SUBSCRIPTION_ID && problems.isEmpty() && value != null) {
            String v = cleanGuid(value);
            if (v != null && !v.equals(v.toLowerCase(Locale.ROOT))) {
                problems.add(new InputProblem(field, false, Text.of("input.customerUppercase"), "BadCustomerSubscriptionId"));
            }
        }
        return problems;
    }

    /**
     * Cleans a subscription-like GUID: trims spaces, quotes and braces, and takes the id out of a pasted
     * {@code /subscriptions/…} resource id. Letter case is kept: the service is case sensitive.
     */
    public static String cleanGuid(String raw) {
        if (raw == null) return null;
        String v = strip(raw);
        if (v.length() > MAX_FIELD_LENGTH) return v;
        Matcher m = SUBSCRIPTION_SEGMENT.matcher(v);
        if (m.find()) v = m.group(1);
        if (v.startsWith("{") && v.endsWith("}") && v.length() > 2) v = v.substring(1, v.length() - 1).trim();
        return v;
    }

    public static boolean isGuid(String v) {
        return ArmSyntax.isGuid(v);
    }

    private static String subscriptionId(String raw, Field field, boolean required, List<InputProblem> problems) {
        String code = field == Field.CUSTOMER_SUBSCRIPTION_ID ? "InvalidCustomerSubscriptionId" : "InputFormatInvalid";
        Text subject = subject(field);
        if (raw == null || strip(raw).isEmpty()) {
            if (required) problems.add(new InputProblem(field, true, Text.of("input.required", subject), code));
            return null;
        }
        String v = cleanGuid(raw);
        if (v.length() > MAX_FIELD_LENGTH) {
            problems.add(new InputProblem(field, true, Text.of("input.tooLong", subject, MAX_FIELD_LENGTH), code));
            return null;
        }
        if (!isGuid(v)) {
            Text why = ArmSyntax.looksLikeGuid(v)
                    ? Text.of("input.guidLookalike", firstNotAscii(v))
                    : v.length() != 36 && v.replace("-", "").length() == 32 && v.replace("-", "").chars().allMatch(InputRules::hex)
                    ? Text.of("input.guidDashes")
                    : v.chars().anyMatch(c -> !hex(c) && c != '-')
                    ? Text.of("input.guidBadCharacter", firstBadCharacter(v))
                    : Text.of("input.guidLength", v.replace("-", "").length());
            problems.add(new InputProblem(field, true, Text.of("input.notGuid", subject, why), code));
            return null;
        }
        return v;
    }

    private static String resourceGroup(String raw, List<InputProblem> problems) {
        String v = raw == null ? "" : strip(raw);
        if (v.isEmpty()) {
            problems.add(new InputProblem(Field.RESOURCE_GROUP, true,
                    Text.of("input.required", subject(Field.RESOURCE_GROUP)), "InputFormatInvalid"));
            return null;
        }
        if (v.length() > ArmSyntax.RESOURCE_GROUP_MAX) {
            problems.add(new InputProblem(Field.RESOURCE_GROUP, true, Text.of("input.resourceGroupLength", v.length()), "InputFormatInvalid"));
            return null;
        }
        Object bad = firstNotNameCharacter(v);
        if (bad != null) {
            problems.add(new InputProblem(Field.RESOURCE_GROUP, true, Text.of("input.resourceGroupCharacter", bad), "InputFormatInvalid"));
            return null;
        }
        if (v.endsWith(".")) {
            problems.add(new InputProblem(Field.RESOURCE_GROUP, true, Text.of("input.resourceGroupPeriod"), "InputFormatInvalid"));
            return null;
        }
        return v;
    }

    private static String registrationName(String raw, List<InputProblem> problems) {
        String v = raw == null ? "" : strip(raw);
        if (v.isEmpty()) {
            problems.add(new InputProblem(Field.REGISTRATION_NAME, true,
                    Text.of("input.required", subject(Field.REGISTRATION_NAME)), "InputFormatInvalid"));
            return null;
        }
        if (v.length() > ArmSyntax.REGISTRATION_NAME_MAX) {
            problems.add(new InputProblem(Field.REGISTRATION_NAME, true,
                    Text.of("input.nameLength", v.length(), ArmSyntax.REGISTRATION_NAME_MAX), "InputFormatInvalid"));
            return null;
        }
        Object bad = firstNotNameCharacter(v);
        if (bad != null) {
            problems.add(new InputProblem(Field.REGISTRATION_NAME, true, Text.of("input.nameCharacter", bad), "InputFormatInvalid"));
            return null;
        }
        if (v.endsWith(".")) {
            problems.add(new InputProblem(Field.REGISTRATION_NAME, true, Text.of("input.namePeriod"), "InputFormatInvalid"));
            return null;
        }
        if (isGuid(v)) {
            problems.add(new InputProblem(Field.REGISTRATION_NAME, false, Text.of("input.nameIsGuid"), "RegistrationNotFound"));
        }
        return v;
    }

    /**
     * Says that a pasted id was not used because it only looks like one ({@link ArmSyntax#looksLikeGuid}): it names
     * the field, the id as written and the first character that is not what it seems.
     */
    public static Text lookalikeId(Field field, String value) {
        return Text.of("paste.lookalike", subject(field), value, firstNotAscii(value));
    }

    /**
     * The field as the subject of a sentence, with the article French needs there ("Le groupe de ressources",
     * "L’ID de l’abonnement client"): each field has its own phrase, as a label glued into a sentence cannot agree.
     */
    private static Text subject(Field field) {
        return Text.of("field." + field.name() + ".subject");
    }

    /** Trims white space (non-breaking too) and the quotes people copy along with a value. */
    static String strip(String raw) {
        String v = raw.strip().replace("\u00a0", " ").strip();
        while (v.length() >= 2 && isQuote(v.charAt(0)) && isQuote(v.charAt(v.length() - 1))) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return v;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`' || c == '\u2018' || c == '\u2019' || c == '\u201c' || c == '\u201d';
    }

    private static boolean hex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static Object firstBadCharacter(String v) {
        return v.chars().filter(c -> !hex(c) && c != '-').mapToObj(c -> describe((char) c)).findFirst().orElse("?");
    }

    /** The first character ARM does not accept in a name, described; null when there is none. */
    private static Object firstNotNameCharacter(String v) {
        int[] bad = v.codePoints().filter(c -> !ArmSyntax.isNameCharacter(c)).limit(1).toArray();
        if (bad.length == 0) return null;
        return Character.isBmpCodePoint(bad[0]) ? describe((char) bad[0]) : String.format("U+%05X", bad[0]);
    }

    private static Object firstNotAscii(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 128) return Text.of("input.characterWithCode", String.valueOf(c), String.format("U+%04X", (int) c));
        }
        return "?";
    }

    /** A character as a person can read it in a message, invisible ones by their code point. */
    static Object describe(char c) {
        if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
            return String.format("U+%04X", (int) c);
        }
        return Text.of("input.character", String.valueOf(c));   // quoted as the language quotes
    }
}
