package dev.azscsp.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.azscsp.diagnosis.Text;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.tenants.PlannedWrite;
import dev.azscsp.diagnosis.tenants.PlannedWrite.Action;
import dev.azscsp.diagnosis.tenants.PlannedWrite.Replaced;
import dev.azscsp.diagnosis.tenants.TenantPlan;

/**
 * The plan file a dry run writes and {@code tenants --apply} reads: the registration, each write, and the digest of
 * those rows ({@link TenantPlan#digest()}), so a file changed after it was printed is refused. The file is data from
 * outside when read back: bounded in size and rows, every id checked, nothing in it is run.
 */
public final class PlanFile {
    static final String FORMAT = "azs-csp-troubleshooter/tenant-plan";
    static final int VERSION = 1;
    /** Far above a real plan (a registration of 100,000 mappings writes a few MiB): a file past it is not a plan. */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    static final int MAX_WRITES = 200_000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanFile() {}

    /** A file that is not a plan this app wrote, or was changed since; the text says which, for the user. */
    public static final class Refused extends Exception {
        private final transient Text reason;

        Refused(Text reason) {
            super(reason.key(), null, false, false);
            this.reason = reason;
        }

        public Text reason() { return reason; }
    }

    public static String write(TenantPlan plan, Instant madeAt) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("madeAt", madeAt.toString());
        ObjectNode reg = root.putObject("registration");
        RegistrationRef ref = plan.registration();
        reg.put("id", ref.resourceId());
        reg.put("subscriptionId", ref.subscriptionId());
        reg.put("resourceGroup", ref.resourceGroup());
        reg.put("name", ref.name());
        ArrayNode writes = root.putArray("writes");
        for (PlannedWrite w : plan.writes()) {
            ObjectNode n = writes.addObject();
            n.put("action", w.action().key());
            n.put("customerSubscriptionId", w.subscriptionId());
            n.put("customerTenantId", w.tenantId());
            if (w.line() > 0) n.put("line", w.line());
            if (w.label() != null) n.put("label", w.label());
            ArrayNode replaces = n.putArray("replaces");
            for (Replaced x : w.replaces()) {
                replaces.addObject().put("customerSubscriptionId", x.subscriptionId()).put("customerTenantId", x.tenantId());
            }
        }
        root.put("digest", plan.digest());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TenantPlan read(InputStream in) throws IOException, Refused {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) throw new Refused(Text.of("planFile.tooLarge", MAX_BYTES / (1024 * 1024)));
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Refused(Text.of("planFile.notJson"));
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) throw new Refused(Text.of("planFile.notPlan"));
        if (root.path("version").asInt(-1) != VERSION) throw new Refused(Text.of("planFile.version", root.path("version").asText("?")));
        JsonNode reg = root.path("registration");
        RegistrationRef ref = new RegistrationRef(text(reg, "subscriptionId"), text(reg, "resourceGroup"), text(reg, "name"));
        if (ref.subscriptionId() == null || !InputRules.isGuid(ref.subscriptionId()) || ref.resourceGroup() == null || ref.name() == null
                || !ref.resourceId().equals(text(reg, "id"))) {
            throw new Refused(Text.of("planFile.badRegistration"));
        }
        JsonNode writes = root.path("writes");
        if (!writes.isArray()) throw new Refused(Text.of("planFile.notPlan"));
        if (writes.size() > MAX_WRITES) throw new Refused(Text.of("planFile.tooMany", MAX_WRITES));
        List<PlannedWrite> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : writes) {
            i++;
            String action = text(n, "action");
            String sub = text(n, "customerSubscriptionId");
            String tenant = text(n, "customerTenantId");
            if (!"add".equals(action) && !"remove".equals(action)) throw new Refused(Text.of("planFile.badRow", i, "action"));
            // A removal keeps the id exactly as ARM spells it, so only its shape is checked, never its letter case.
            if (sub == null || !InputRules.isGuid(sub)) throw new Refused(Text.of("planFile.badRow", i, "customerSubscriptionId"));
            if (tenant != null && !InputRules.isGuid(tenant)) throw new Refused(Text.of("planFile.badRow", i, "customerTenantId"));
            List<Replaced> replaces = new ArrayList<>();
            for (JsonNode x : n.path("replaces")) {
                String xs = text(x, "customerSubscriptionId");
                String xt = text(x, "customerTenantId");
                if (xs == null || !InputRules.isGuid(xs) || (xt != null && !InputRules.isGuid(xt))) {
                    throw new Refused(Text.of("planFile.badRow", i, "replaces"));
                }
                replaces.add(new Replaced(xs, xt));
            }
            String label = text(n, "label");
            out.add(new PlannedWrite("add".equals(action) ? Action.ADD : Action.REMOVE, sub, tenant, replaces,
                    label == null ? null : Sanitize.inline(label), n.path("line").asInt(0)));
        }
        TenantPlan plan = new TenantPlan(ref, out, List.of());
        if (!plan.digest().equals(root.path("digest").asText(""))) throw new Refused(Text.of("planFile.changed"));
        return plan;
    }

    /** A string field, or null when absent, null or not a string; bounded like any value from outside. */
    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isTextual()) return null;
        String s = v.asText();
        return s.length() > 1024 ? s.substring(0, 1024) : s;
    }
}
