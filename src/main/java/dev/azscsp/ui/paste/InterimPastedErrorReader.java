package dev.azscsp.ui.paste;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.diagnosis.Precedence;
import dev.azscsp.diagnosis.input.Field;

/**
 * A small stand-in until the domain's pasted-error reader is wired in: it finds catalog codes named in the text
 * and the ids in ARM resource paths. It does not recognize a service message by its wording.
 */
public final class InterimPastedErrorReader implements PastedErrorReader {
    private static final String GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern REGISTRATION_PATH = Pattern.compile(
            "(?i)/subscriptions/(" + GUID + ")/resourceGroups/([\\w\\-.()]{1,90})/providers/Microsoft\\.AzureStack/registrations/([^/\\s'\"?,;]{1,260})"
                    + "(?:/customerSubscriptions/(" + GUID + "))?");
    private static final Pattern SUBSCRIPTION_PATH = Pattern.compile("(?i)/subscriptions/(" + GUID + ")");
    private static final Pattern TENANT = Pattern.compile("(?i)tenant[\\s\\w'\":=]{0,20}?(" + GUID + ")");
    private static final Pattern CLOUD_ID = Pattern.compile("(?i)cloud\\s*-?id[\\s\\w'\":=]{0,20}?(" + GUID + ")");
    private static final int MAX_TEXT = 200_000;

    private final ErrorCatalog catalog;

    public InterimPastedErrorReader(ErrorCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public PastedError read(String text) {
        if (text == null || text.isBlank()) return PastedError.nothing();
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        String lower = t.toLowerCase(Locale.ROOT);
        List<String> codes = new ArrayList<>();
        for (CodeInfo c : catalog.codes()) {
            Matcher m = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(c.code().toLowerCase(Locale.ROOT)) + "(?![A-Za-z])").matcher(lower);
            if (m.find()) codes.add(c.code());
        }
        codes.sort(Precedence.MOST_DECISIVE_FIRST);
        Map<Field, String> values = new EnumMap<>(Field.class);
        Matcher reg = REGISTRATION_PATH.matcher(t);
        if (reg.find()) {
            values.put(Field.SUBSCRIPTION_ID, reg.group(1));
            values.put(Field.RESOURCE_GROUP, reg.group(2));
            values.put(Field.REGISTRATION_NAME, reg.group(3));
            if (reg.group(4) != null) values.put(Field.CUSTOMER_SUBSCRIPTION_ID, reg.group(4));
        } else {
            Matcher sub = SUBSCRIPTION_PATH.matcher(t);
            if (sub.find()) values.put(Field.SUBSCRIPTION_ID, sub.group(1));
        }
        Matcher tenant = TENANT.matcher(t);
        if (tenant.find()) values.put(Field.CUSTOMER_TENANT_ID, tenant.group(1));
        Matcher cloud = CLOUD_ID.matcher(t);
        if (cloud.find()) values.put(Field.STAMP_CLOUD_ID, cloud.group(1));
        return new PastedError(codes, codes.isEmpty() ? null : codes.get(0), values);
    }
}
