package dev.azscsp.diagnosis;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;

import dev.azscsp.diagnosis.api.Account;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.ManagementLock;
import dev.azscsp.diagnosis.api.Permission;
import dev.azscsp.diagnosis.api.ProviderState;
import dev.azscsp.diagnosis.api.Registration;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.api.SubscriptionInfo;
import dev.azscsp.diagnosis.input.Field;

/**
 * The checks behind the eight registration codes. Which code each can predict, and how sure it is, follows
 * {@code error-codes.md} ("Pre-flight checks"). Every ARM check needs the sign-in, so a failed sign-in is reported
 * once instead of once per call; the rest run side by side.
 */
public final class StandardChecks {
    static final String PROVIDER_NAMESPACE = RegistrationRef.PROVIDER;
    /** The RBAC action the add-tenant PUT needs on the registration. */
    public static final String WRITE_ACTION = "Microsoft.AzureStack/registrations/customerSubscriptions/write";

    private StandardChecks() {}

    public static List<Check> all() {
        return List.of(new SignIn(), new RegistrationSubscription(), new Provider(), new RegistrationExists(),
                new CloudId(), new BillingModel(), new Mapping(), new CustomerSub(), new MultiTenancy(), new WritePermission(),
                new Locks(), new Add());
    }

    /** Base for the checks that call ARM once signed in. */
    private abstract static class SignedIn implements Check {
        @Override public Set<CheckId> needs() { return EnumSet.of(CheckId.SIGN_IN); }

        @Override
        public final CheckResult run(CheckContext ctx) throws Exception {
            if (!ctx.passed(CheckId.SIGN_IN)) return CheckResult.skipped(id(), Text.of("evidence.needsSignIn"));
            try {
                return check(ctx);
            } catch (ArmFailure f) {
                return onFailure(ctx, f);
            }
        }

        abstract CheckResult check(CheckContext ctx) throws ArmFailure, InterruptedException;

        CheckResult onFailure(CheckContext ctx, ArmFailure f) throws InterruptedException {
            return Findings.from(id(), f, "UnexpectedResponse");
        }
    }

    static final class SignIn implements Check {
        @Override public CheckId id() { return CheckId.SIGN_IN; }
        @Override public Set<CheckId> needs() { return Set.of(); }

        @Override
        public CheckResult run(CheckContext ctx) {
            try {
                Account a = ctx.api().account();
                ctx.publish(id(), a);
                return CheckResult.pass(id(), signedIn(a));
            } catch (ArmFailure f) {
                CheckResult r = Findings.from(id(), f, "SignInFailed");
                // Whatever stops the sign-in stops the run: it is never a finding about the registration.
                return r.status() == CheckStatus.FAIL
                        ? new CheckResult(id(), CheckStatus.UNKNOWN, r.evidence(), "SignInFailed", true, r.duration(), r.failure())
                        : r;
            }
        }
    }

    /** Who is signed in, in words: a user, an application, or plainly that the token did not say. */
    static Text signedIn(Account a) {
        Object tenant = a.tenantId() == null ? Text.of("evidence.tenantNotStated") : a.tenantId();
        if (!a.known()) return Text.of("evidence.signedInUnknown", a.method(), a.cloud());
        return Text.of(a.application() ? "evidence.signedInApp" : "evidence.signedIn", a.name(), tenant, a.cloud(), a.method());
    }

    static final class RegistrationSubscription extends SignedIn {
        @Override public CheckId id() { return CheckId.REGISTRATION_SUBSCRIPTION; }

        @Override
        CheckResult check(CheckContext ctx) throws ArmFailure {
            SubscriptionInfo s = ctx.api().subscription(ctx.target().subscriptionId());
            ctx.publish(id(), s);
            if (!s.isEnabled()) {
                return CheckResult.of(id(), CheckStatus.WARN, Text.of("evidence.subscriptionState", s.displayName(), s.state()), null);
            }
            if (s.quotaId() == null) {
                return CheckResult.of(id(), CheckStatus.UNKNOWN, Text.of("evidence.subscriptionNoQuota", s.displayName()), null);
            }
            if (s.isCsp()) return CheckResult.pass(id(), Text.of("evidence.registrationSubscriptionCsp", s.displayName(), s.quotaId()));
            return CheckResult.of(id(), CheckStatus.WARN,
                    Text.of("evidence.registrationSubscriptionNotCsp", s.displayName(), s.quotaId()), "UnauthorizedCspRegistration");
        }

        @Override
        CheckResult onFailure(CheckContext ctx, ArmFailure f) {
            return Findings.from(id(), f, "SubscriptionNotFound");
        }
    }

    static final class Provider extends SignedIn {
        @Override public CheckId id() { return CheckId.PROVIDER; }

        @Override
        CheckResult check(CheckContext ctx) throws ArmFailure {
            ProviderState p = ctx.api().provider(ctx.target().subscriptionId(), PROVIDER_NAMESPACE);
            if (p.isRegistered()) return CheckResult.pass(id(), Text.of("evidence.providerRegistered", PROVIDER_NAMESPACE));
            // Reads may still work, but the PUT will fail: only an error when the user means to add.
            CheckStatus s = ctx.target().intent() == Intent.VERIFY ? CheckStatus.WARN : CheckStatus.FAIL;
            return CheckResult.of(id(), s, Text.of("evidence.providerNotRegistered", PROVIDER_NAMESPACE,
                    p.registrationState()), "MissingSubscriptionRegistration");
        }

        @Override
        CheckResult onFailure(CheckContext ctx, ArmFailure f) {
            return Findings.from(id(), f, "SubscriptionNotFound");
        }
    }

    static final class RegistrationExists extends SignedIn {
        @Override public CheckId id() { return CheckId.REGISTRATION; }

        @Override
        CheckResult check(CheckContext ctx) throws ArmFailure {
            Registration r = ctx.api().registration(ctx.target().registration());
            ctx.publish(id(), r);
            return CheckResult.pass(id(), Text.of("evidence.registrationFound", r.name(), r.resourceGroup(),
                    nullToDash(r.cloudId()), nullToDash(r.billingModel())));
        }

        @Override
        CheckResult onFailure(CheckContext ctx, ArmFailure f) throws InterruptedException {
            boolean missing = f.kind() == ArmFailure.Kind.NOT_FOUND
                    || (f.code() != null && Findings.REGISTRATION_MISSING.stream().anyMatch(f::is));
            if (!missing) return Findings.from(id(), f, "RegistrationNotFound");
            String code = f.is("SubscriptionNotFound") ? "SubscriptionNotFound" : "RegistrationNotFound";
            Candidates.Seen seen = Candidates.find(ctx, null);
            Text text = seen.text();
            Optional<Correction> correction = seen.correction(id(), ctx.target());
            Listing listing = seen.listing();
            if (seen.match() == null) {
                // Not in the subscription given: often the admin typed another of their subscriptions.
                Elsewhere.Found e = Elsewhere.search(ctx);
                text = Text.of("evidence.andThen", text, e.text());
                correction = e.correction(id(), ctx.target());
                // An empty or failed list of the given subscription shows less than what was seen elsewhere.
                if ((listing == null || listing.total() == 0) && e.listing() != null) listing = e.listing();
            }
            return CheckResult.of(id(), CheckStatus.FAIL,
                    Text.of("evidence.registrationMissing", Findings.said(f), text), code).withFailure(ServiceAnswer.of(f))
                    .withCorrection(correction).withListing(listing);
        }
    }

    /**
     * Looks for the registration in the other subscriptions the signed-in identity can see, when the subscription given
     * does not hold it. Bounded: at most {@link #MAX_SUBSCRIPTIONS} subscriptions, listed side by side, and only for half
     * the check's time limit, so the finding is never lost to the limit; a subscription whose list is refused or slow
     * is skipped and counted, never a failure of the check.
     */
    static final class Elsewhere {
        /** How many other subscriptions are searched; the evidence says when there were more. */
        static final int MAX_SUBSCRIPTIONS = 25;

        private Elsewhere() {}

        /** A registration listed in another subscription. */
        record Hit(String subscriptionId, Registration registration) {}

        /** What the search saw: the sentences, the registration that is the fix (or none), and what was listed. */
        record Found(Text text, Hit match, Text answer, Listing listing) {
            Optional<Correction> correction(CheckId from, RegistrationTarget given) {
                if (match == null) return Optional.empty();
                Registration r = match.registration();
                return Correction.of(from, given, answer, Map.of(Field.SUBSCRIPTION_ID, match.subscriptionId(),
                        Field.RESOURCE_GROUP, r.resourceGroup() == null ? "" : r.resourceGroup(),
                        Field.REGISTRATION_NAME, r.name() == null ? "" : r.name()));
            }
        }

        static Found search(CheckContext ctx) throws InterruptedException {
            RegistrationTarget t = ctx.target();
            List<SubscriptionInfo> visible;
            try {
                visible = ctx.api().subscriptions();
            } catch (ArmFailure f) {
                if (f.kind() == ArmFailure.Kind.CANCELLED) throw new InterruptedException();
                return new Found(Text.of("evidence.elsewhereUnavailable", f.getMessage()), null, null, null);
            }
            if (Thread.interrupted()) throw new InterruptedException();
            List<String> others = visible.stream().map(SubscriptionInfo::id)
                    .filter(s -> s != null && !s.equalsIgnoreCase(t.subscriptionId())).distinct().toList();
            if (others.isEmpty()) return new Found(Text.of("evidence.elsewhereNoOthers"), null, null, null);
            List<String> searched = others.subList(0, Math.min(MAX_SUBSCRIPTIONS, others.size()));

            Map<String, Future<List<Registration>>> calls = new java.util.LinkedHashMap<>();
            List<Hit> hits = new java.util.ArrayList<>();
            int skipped = 0;
            long deadline = System.nanoTime() + ctx.checkTimeout().toNanos() / 2;
            try {
                for (String s : searched) calls.put(s, ctx.fork(() -> ctx.api().registrations(s)));
                for (Map.Entry<String, Future<List<Registration>>> c : calls.entrySet()) {
                    try {
                        long left = Math.max(0, deadline - System.nanoTime());
                        for (Registration r : c.getValue().get(left, java.util.concurrent.TimeUnit.NANOSECONDS)) {
                            hits.add(new Hit(c.getKey(), r));
                        }
                    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                        skipped++;   // refused (403), gone, or too slow: this subscription is not searched, the others are
                    }
                }
            } finally {
                calls.values().forEach(c -> c.cancel(true));
            }
            if (Thread.interrupted()) throw new InterruptedException();

            Text scope = others.size() > searched.size()
                    ? Text.of("evidence.elsewhereCut", others.size(), searched.size())
                    : Text.of("evidence.elsewhereSearched", searched.size());
            if (skipped > 0) scope = Text.of("evidence.andThen", scope, Text.of("evidence.elsewhereSkipped", skipped));
            Listing listing = hits.isEmpty() ? null : Listing.of(Text.of("listing.registrationsElsewhere", hits.size(), searched.size()),
                    hits, h -> describe(h));

            String cloud = t.stampCloudId();
            List<Hit> byCloud = cloud == null ? List.of()
                    : hits.stream().filter(h -> cloud.equalsIgnoreCase(h.registration().cloudId())).toList();
            if (byCloud.size() == 1) {
                Hit m = byCloud.get(0);
                Registration r = m.registration();
                return new Found(Text.of("evidence.andThen", scope, Text.of("evidence.elsewhereCloud", m.subscriptionId(), cloud,
                        r.name(), r.resourceGroup())), m,
                        Text.of("answer.registrationForCloudElsewhere", cloud, r.name(), m.subscriptionId(), r.resourceGroup(),
                                t.subscriptionId()), listing);
            }
            // By name, when only one registration has it and its CloudID does not contradict the stamp's.
            List<Hit> byName = hits.stream().filter(h -> h.registration().name() != null
                    && h.registration().name().equalsIgnoreCase(t.registrationName())
                    && (cloud == null || h.registration().cloudId() == null || cloud.equalsIgnoreCase(h.registration().cloudId()))).toList();
            if (byName.size() == 1) {
                Hit m = byName.get(0);
                Registration r = m.registration();
                return new Found(Text.of("evidence.andThen", scope, Text.of("evidence.elsewhereName", m.subscriptionId(),
                        r.name(), r.resourceGroup())), m,
                        Text.of("answer.registrationElsewhere", r.name(), m.subscriptionId(), r.resourceGroup(), t.subscriptionId()), listing);
            }
            List<Hit> several = byCloud.size() > 1 ? byCloud : byName;
            if (several.size() > 1) {
                return new Found(Text.of("evidence.andThen", scope, Text.of("evidence.elsewhereSeveral", several.size(),
                        several.stream().map(Elsewhere::describe).toList())), null, null, listing);
            }
            return new Found(Text.of("evidence.andThen", scope, Text.of("evidence.elsewhereNone")), null, null, listing);
        }

        private static Text describe(Hit h) {
            Registration r = h.registration();
            return Text.of("evidence.candidateIn", r.name(), h.subscriptionId(), r.resourceGroup(), nullToDash(r.cloudId()),
                    nullToDash(r.billingModel()));
        }
    }

    /** Lists a subscription's registrations so the user can pick the right one. */
    static final class Candidates {
        private Candidates() {}

        /**
         * What the listing showed: the sentence, the registration that is the fix (the one with the stamp's CloudID,
         * else one of the same name in another resource group), and the list itself, or none when it failed.
         */
        record Seen(Text text, Registration match, Text answer, Listing listing) {
            Optional<Correction> correction(CheckId from, RegistrationTarget given) {
                if (match == null) return Optional.empty();
                return Correction.of(from, given, answer, Map.of(Field.REGISTRATION_NAME, match.name(),
                        Field.RESOURCE_GROUP, match.resourceGroup() == null ? "" : match.resourceGroup()));
            }
        }

        /** @param exclude a registration not to suggest (the one the user gave), or null */
        static Seen find(CheckContext ctx, Registration exclude) throws InterruptedException {
            List<Registration> all;
            try {
                all = ctx.api().registrations(ctx.target().subscriptionId());
            } catch (ArmFailure e) {
                return new Seen(Text.of("evidence.candidatesUnavailable", e.getMessage()), null, null, null);
            }
            if (Thread.interrupted()) throw new InterruptedException();
            List<Registration> others = all.stream().filter(r -> exclude == null || !r.id().equalsIgnoreCase(exclude.id())).toList();
            Listing listing = Listing.of(Text.of("listing.registrations", ctx.target().subscriptionId(), all.size()), all,
                    r -> Text.of("evidence.candidate", r.name(), r.resourceGroup(), nullToDash(r.cloudId()), nullToDash(r.billingModel())));
            if (others.isEmpty()) return new Seen(Text.of("evidence.candidatesNone"), null, null, listing);
            List<Text> list = others.stream().map(r -> Text.of("evidence.candidate", r.name(), r.resourceGroup(),
                    nullToDash(r.cloudId()), nullToDash(r.billingModel()))).toList();
            String cloudId = ctx.target().stampCloudId();
            if (cloudId != null) {
                Optional<Registration> match = others.stream().filter(r -> cloudId.equalsIgnoreCase(r.cloudId())).findFirst();
                if (match.isPresent()) {
                    Registration m = match.get();
                    return new Seen(Text.of("evidence.candidatesMatch", others.size(), list, m.name(), m.resourceGroup(), cloudId), m,
                            Text.of("answer.registrationForCloud", cloudId, m.name(), m.resourceGroup()), listing);
                }
                return new Seen(Text.of("evidence.candidatesNoMatch", others.size(), list, cloudId), null, null, listing);
            }
            // The name the user gave, in another resource group of the same subscription: the group was the slip.
            String name = ctx.target().registrationName();
            Optional<Registration> sameName = exclude != null ? Optional.empty() : others.stream()
                    .filter(r -> r.name() != null && r.name().equalsIgnoreCase(name)
                            && !String.valueOf(r.resourceGroup()).equalsIgnoreCase(ctx.target().resourceGroup())).findFirst();
            if (sameName.isPresent()) {
                Registration m = sameName.get();
                return new Seen(Text.of("evidence.candidates", others.size(), list), m,
                        Text.of("answer.registrationInGroup", m.name(), m.resourceGroup(), ctx.target().resourceGroup()), listing);
            }
            return new Seen(Text.of("evidence.candidates", others.size(), list), null, null, listing);
        }
    }

    static final class CloudId implements Check {
        @Override public CheckId id() { return CheckId.CLOUD_ID; }
        @Override public Set<CheckId> needs() { return EnumSet.of(CheckId.REGISTRATION); }

        @Override
        public CheckResult run(CheckContext ctx) throws InterruptedException {
            String stamp = ctx.target().stampCloudId();
            if (stamp == null) return CheckResult.skipped(id(), Text.of("evidence.cloudIdNotGiven"));
            Optional<Registration> reg = ctx.fact(CheckId.REGISTRATION, Registration.class);
            if (reg.isEmpty()) return CheckResult.skipped(id(), Text.of("evidence.needsRegistration"));
            Registration r = reg.get();
            if (r.cloudId() == null) return CheckResult.of(id(), CheckStatus.UNKNOWN, Text.of("evidence.cloudIdAbsent", r.name()), null);
            if (r.cloudId().equalsIgnoreCase(stamp)) return CheckResult.pass(id(), Text.of("evidence.cloudIdMatch", r.name(), stamp));
            Candidates.Seen seen = Candidates.find(ctx, r);
            return CheckResult.of(id(), CheckStatus.FAIL,
                    Text.of("evidence.cloudIdMismatch", r.name(), r.cloudId(), stamp, seen.text()),
                    "RegistrationNotFound").withCorrection(seen.correction(id(), ctx.target())).withListing(seen.listing());
        }
    }

    static final class BillingModel implements Check {
        @Override public CheckId id() { return CheckId.BILLING_MODEL; }
        @Override public Set<CheckId> needs() { return EnumSet.of(CheckId.REGISTRATION); }

        @Override
        public CheckResult run(CheckContext ctx) {
            Optional<Registration> reg = ctx.fact(CheckId.REGISTRATION, Registration.class);
            if (reg.isEmpty()) return CheckResult.skipped(id(), Text.of("evidence.needsRegistration"));
            Registration r = reg.get();
            if (r.billingModel() == null) return CheckResult.of(id(), CheckStatus.UNKNOWN, Text.of("evidence.billingAbsent", r.name()), null);
            if (r.isPayAsYouUse()) return CheckResult.pass(id(), Text.of("evidence.billingPayg", r.name()));
            if (r.isCapacity()) {
                return CheckResult.of(id(), CheckStatus.FAIL, Text.of("evidence.billingCapacity", r.name()), "CustomerSubscriptionsNotAllowed");
            }
            return CheckResult.of(id(), CheckStatus.WARN, Text.of("evidence.billingOther", r.name(), r.billingModel()),
                    "CustomerSubscriptionsNotAllowed");
        }
    }

    /** Whether the customer subscription is mapped, read from the list and from a direct GET side by side. */
    static final class Mapping extends SignedIn {
        @Override public CheckId id() { return CheckId.MAPPING; }

        @Override
        CheckResult check(CheckContext ctx) throws ArmFailure, InterruptedException {
            RegistrationTarget t = ctx.target();
            RegistrationRef ref = t.registration();
            String cust = t.customerSubscriptionId();
            Future<List<CustomerSubscription>> listed = ctx.fork(() -> ctx.api().customerSubscriptions(ref));
            Future<Optional<CustomerSubscription>> direct = ctx.fork(() -> {
                try {
                    return Optional.of(ctx.api().customerSubscription(ref, cust));
                } catch (ArmFailure f) {
                    if (f.kind() == ArmFailure.Kind.NOT_FOUND && !Findings.REGISTRATION_MISSING.stream().anyMatch(f::is)) {
                        return Optional.empty();
                    }
                    throw f;
                }
            });
            Mappings all;
            Optional<CustomerSubscription> got;
            try {
                all = Mappings.of(CheckContext.join(listed));
                got = CheckContext.join(direct);
            } catch (ArmFailure f) {
                listed.cancel(true);
                direct.cancel(true);
                throw f;
            }
            ctx.publish(id(), all);
            // Looked up, not scanned: in a bulk run every row shares one list of up to 100,000 mappings.
            Optional<CustomerSubscription> exact = got.or(() -> all.exact(cust));
            Optional<CustomerSubscription> otherCase = all.otherCase(cust);
            Optional<CustomerSubscription> sameTenant = t.customerTenantId() == null ? Optional.empty()
                    : all.tenantElsewhere(t.customerTenantId(), cust);

            // What was listed, so the result shows it instead of asking the admin to list the mappings again.
            Listing seen = Listing.of(Text.of("listing.customerSubscriptions", t.registrationName(), all.size()), all,
                    m -> Text.of("listing.mapping", m.subscriptionId(), nullToDash(m.tenantId())));
            Optional<Correction> spelling = otherCase.flatMap(m -> Correction.of(id(), t,
                    Text.of("answer.customerSpelling", m.subscriptionId(), cust), Map.of(Field.CUSTOMER_SUBSCRIPTION_ID, m.subscriptionId())));

            if (t.intent() == Intent.VERIFY) {
                if (exact.isPresent()) {
                    String held = exact.get().tenantId();
                    Optional<Correction> tenant = held == null || t.customerTenantId() == null || held.equalsIgnoreCase(t.customerTenantId())
                            ? Optional.empty() : Correction.of(id(), t, Text.of("answer.mappingTenant", cust, held, t.customerTenantId()),
                            Map.of(Field.CUSTOMER_TENANT_ID, held));
                    return CheckResult.pass(id(), Text.of("evidence.mapped", cust, nullToDash(held), all.size())).withCorrection(tenant);
                }
                if (otherCase.isPresent()) {
                    return CheckResult.of(id(), CheckStatus.FAIL, Text.of("evidence.mappedOtherCase", cust, otherCase.get().subscriptionId()),
                            "CustomerSubscriptionNotFound").withCorrection(spelling).withListing(seen);
                }
                return CheckResult.of(id(), CheckStatus.FAIL, Text.of("evidence.notMapped", cust, all.size()), "CustomerSubscriptionNotFound")
                        .withListing(seen);
            }
            if (sameTenant.isPresent()) {
                return CheckResult.of(id(), CheckStatus.WARN, Text.of("evidence.tenantMappedElsewhere", t.customerTenantId(),
                        sameTenant.get().subscriptionId()), null);
            }
            if (exact.isPresent()) {
                return CheckResult.of(id(), CheckStatus.WARN, Text.of("evidence.alreadyMapped", cust, nullToDash(exact.get().tenantId())), null);
            }
            if (otherCase.isPresent()) {
                return CheckResult.of(id(), CheckStatus.WARN, Text.of("evidence.otherCaseBeforeAdd", otherCase.get().subscriptionId(), cust),
                        "BadCustomerSubscriptionId").withCorrection(spelling);
            }
            return CheckResult.pass(id(), Text.of("evidence.notMappedYet", cust, all.size()));
        }

        @Override
        CheckResult onFailure(CheckContext ctx, ArmFailure f) {
            if (Findings.REGISTRATION_MISSING.stream().anyMatch(f::is)) {
                return CheckResult.skipped(id(), Text.of("evidence.needsRegistration"));
            }
            return Findings.from(id(), f, "CustomerSubscriptionNotFound");
        }
    }

    static final class CustomerSub extends SignedIn {
        @Override public CheckId id() { return CheckId.CUSTOMER_SUBSCRIPTION; }

        @Override
        CheckResult check(CheckContext ctx) throws ArmFailure {
            RegistrationTarget t = ctx.target();
            SubscriptionInfo s = ctx.api().subscription(t.customerSubscriptionId());
            ctx.publish(id(), s);
            if (s.id() != null && !s.id().equals(t.customerSubscriptionId()) && s.id().equalsIgnoreCase(t.customerSubscriptionId())) {
                return CheckResult.of(id(), CheckStatus.WARN, Text.of("evidence.customerCase", t.customerSubscriptionId(), s.id()),
                        "BadCustomerSubscriptionId").withCorrection(Correction.of(id(), t,
                        Text.of("answer.customerArmSpelling", s.id(), t.customerSubscriptionId()), Map.of(Field.CUSTOMER_SUBSCRIPTION_ID, s.id())));
            }
            if (!s.isEnabled()) {
                return CheckResult.of(id(), CheckStatus.WARN, Text.of("evidence.subscriptionState", s.displayName(), s.state()),
                        "InvalidCustomerSubscriptionId");
            }
            if (s.quotaId() == null) {
                return CheckResult.of(id(), CheckStatus.UNKNOWN, Text.of("evidence.subscriptionNoQuota", s.displayName()), null);
            }
            if (!s.isCsp()) {
                return CheckResult.of(id(), CheckStatus.FAIL, Text.of("evidence.customerNotCsp", s.displayName(), s.quotaId()),
                        "InvalidCSPSubscription");
            }
            if (t.customerTenantId() != null && s.tenantId() != null && !t.customerTenantId().equalsIgnoreCase(s.tenantId())) {
                return CheckResult.of(id(), CheckStatus.WARN, Text.of("evidence.customerTenantDiffers", s.tenantId(),
                        t.customerTenantId()), null).withCorrection(Correction.of(id(), t,
                        Text.of("answer.customerTenant", s.tenantId(), t.customerTenantId()), Map.of(Field.CUSTOMER_TENANT_ID, s.tenantId())));
            }
            return CheckResult.pass(id(), Text.of("evidence.customerCsp", s.displayName(), s.quotaId(), nullToDash(s.tenantId())));
        }

        @Override
        CheckResult onFailure(CheckContext ctx, ArmFailure f) {
            if (f.kind() == ArmFailure.Kind.NOT_FOUND || f.kind() == ArmFailure.Kind.FORBIDDEN) {
                // The customer's subscription lives in the customer's tenant: not seeing it proves nothing.
                return CheckResult.of(id(), CheckStatus.UNKNOWN, Text.of("evidence.customerUnreadable", Findings.said(f)), null)
                        .withFailure(ServiceAnswer.of(f));
            }
            return Findings.from(id(), f, "InvalidCustomerSubscriptionId");
        }
    }

    static final class MultiTenancy implements Check {
        @Override public CheckId id() { return CheckId.MULTI_TENANCY; }
        @Override public Set<CheckId> needs() { return EnumSet.of(CheckId.MAPPING); }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public CheckResult run(CheckContext ctx) {
            Optional<List> listed = ctx.fact(CheckId.MAPPING, List.class);
            if (listed.isEmpty()) return CheckResult.skipped(id(), Text.of("evidence.needsMappings"));
            Mappings mapped = Mappings.of(listed.get());
            long others = mapped.othersThan(ctx.target().customerSubscriptionId());
            if (!mapped.isEmpty() && (others > 0 || ctx.target().intent() == Intent.VERIFY)) {
                return CheckResult.pass(id(), Text.of("evidence.approvedByMappings", mapped.size()));
            }
            return CheckResult.of(id(), CheckStatus.UNKNOWN, Text.of("evidence.approvalUnknown"), "UnauthorizedCspRegistration");
        }
    }

    /**
     * Base for the rights a write needs, asked only when the user means to add: the registration must have been
     * found first (its scope is where the rights are read). A 403 on the call itself means the rights could not be
     * read, never that they are there: the check is then UNKNOWN, and the confirmation says so.
     */
    private abstract static class BeforeWrite implements Check {
        @Override public Set<CheckId> needs() { return EnumSet.of(CheckId.SIGN_IN, CheckId.REGISTRATION); }

        @Override
        public final CheckResult run(CheckContext ctx) throws Exception {
            if (ctx.target().intent() == Intent.VERIFY) return CheckResult.skipped(id(), Text.of("evidence.rightsNotNeeded"));
            if (!ctx.passed(CheckId.SIGN_IN)) return CheckResult.skipped(id(), Text.of("evidence.needsSignIn"));
            if (!ctx.passed(CheckId.REGISTRATION)) return CheckResult.skipped(id(), Text.of("evidence.needsRegistration"));
            try {
                return check(ctx, ctx.target().registration());
            } catch (ArmFailure f) {
                if (f.kind() == ArmFailure.Kind.FORBIDDEN) {
                    return CheckResult.of(id(), CheckStatus.UNKNOWN, Text.of(unreadableKey(), who(ctx), Findings.said(f)), null)
                            .withFailure(ServiceAnswer.of(f));
                }
                return Findings.from(id(), f, "UnexpectedResponse");
            }
        }

        abstract CheckResult check(CheckContext ctx, RegistrationRef ref) throws ArmFailure;

        /** The evidence key for "could not be read", with {0} who and {1} the service's words. */
        abstract String unreadableKey();
    }

    /** Who is signed in, for evidence: the account's name, or plainly "the signed-in identity". */
    static Object who(CheckContext ctx) {
        Optional<Account> a = ctx.fact(CheckId.SIGN_IN, Account.class);
        return a.isPresent() && a.get().known() ? a.get().name() : Text.of("evidence.signedInIdentity");
    }

    /** Whether the signed-in identity's effective permissions at the registration allow writing a mapping. */
    static final class WritePermission extends BeforeWrite {
        @Override public CheckId id() { return CheckId.WRITE_PERMISSION; }
        @Override String unreadableKey() { return "evidence.permissionsUnreadable"; }

        @Override
        CheckResult check(CheckContext ctx, RegistrationRef ref) throws ArmFailure {
            List<Permission> granted = ctx.api().permissions(ref);
            if (Permission.anyAllows(granted, WRITE_ACTION)) {
                return CheckResult.pass(id(), Text.of("evidence.writeAllowed", who(ctx), WRITE_ACTION, ref.name()));
            }
            return CheckResult.of(id(), CheckStatus.FAIL, Text.of("evidence.writeNotAllowed", who(ctx), WRITE_ACTION,
                    ref.name(), granted.size()), "MissingWritePermission");
        }
    }

    /**
     * Whether a management lock on the registration, its resource group or its subscription blocks the PUT. Only a
     * ReadOnly lock does; a CanNotDelete lock (the registration script sets one, RegistrationResourceLock) blocks
     * deletes, not writes.
     */
    static final class Locks extends BeforeWrite {
        @Override public CheckId id() { return CheckId.LOCKS; }
        @Override String unreadableKey() { return "evidence.locksUnreadable"; }

        @Override
        CheckResult check(CheckContext ctx, RegistrationRef ref) throws ArmFailure {
            List<ManagementLock> binding = ctx.api().locks(ref).stream()
                    .filter(l -> l.where(ref) != ManagementLock.Where.ELSEWHERE).toList();
            List<ManagementLock> readOnly = binding.stream().filter(ManagementLock::readOnly).toList();
            if (!readOnly.isEmpty()) {
                return CheckResult.of(id(), CheckStatus.FAIL, Text.of("evidence.lockedReadOnly", describe(readOnly, ref)), "ScopeLocked");
            }
            List<ManagementLock> other = binding.stream().filter(l -> !l.canNotDelete()).toList();
            if (!other.isEmpty()) {
                return CheckResult.of(id(), CheckStatus.WARN, Text.of("evidence.lockUnknownLevel", describe(other, ref)), "ScopeLocked");
            }
            if (!binding.isEmpty()) return CheckResult.pass(id(), Text.of("evidence.lockCanNotDeleteOnly", describe(binding, ref)));
            return CheckResult.pass(id(), Text.of("evidence.noLocks", ref.name()));
        }

        private static List<Text> describe(List<ManagementLock> locks, RegistrationRef ref) {
            return locks.stream().map(l -> Text.of("evidence.lock", nullToDash(l.name()), nullToDash(l.level()),
                    Text.of("lock.where." + l.where(ref).name()), nullToDash(l.scope()))).toList();
        }
    }

    /**
     * Whether the PUT may be sent. The checks never write: when everything the PUT needs has passed, this check
     * waits for the user's confirmation, and {@link Diagnostician#add} sends the PUT once it is given.
     */
    static final class Add implements Check {
        @Override public CheckId id() { return CheckId.ADD; }

        @Override
        public Set<CheckId> needs() {
            return EnumSet.complementOf(EnumSet.of(CheckId.INPUT, CheckId.ADD));
        }

        @Override
        public CheckResult run(CheckContext ctx) {
            if (ctx.target().intent() != Intent.ADD) return CheckResult.skipped(id(), Text.of("evidence.addNotAsked"));
            Optional<CheckId> blocker = blocker(ctx);
            if (blocker.isPresent()) return CheckResult.skipped(id(), Text.of("evidence.addBlocked", blocker.get().title()));
            return CheckResult.skipped(id(), Text.of("evidence.addAwaiting",
                    ctx.target().registration().customerSubscriptionId(ctx.target().customerSubscriptionId())));
        }

        /** The first check that failed or could not complete: the PUT would fail the same way. */
        static Optional<CheckId> blocker(CheckContext ctx) {
            for (CheckId need : EnumSet.complementOf(EnumSet.of(CheckId.ADD))) {
                Optional<CheckResult> r = ctx.result(need);
                if (r.isPresent() && (r.get().status() == CheckStatus.FAIL || r.get().incomplete())) return Optional.of(need);
            }
            return Optional.empty();
        }
    }

    static String nullToDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
