package dev.azscsp.ui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.api.RegistrationRef;

/** For "no row lost" tests: an API that fails in an unplanned way (an adapter bug) on some customer subscriptions. */
public final class FailingApi {
    private FailingApi() {}

    /**
     * {@code azure}, except that every call naming one of {@code ids} throws an IllegalStateException ("adapter bug"),
     * and the list of mappings has them too: their rows then have nothing to find wrong in the list, whenever it
     * arrives, and end by their failing calls alone. {@code ids} is read at each call, so a test may fill it later.
     */
    public static RegistrationApi on(RegistrationApi azure, Collection<String> ids) {
        return (RegistrationApi) Proxy.newProxyInstance(FailingApi.class.getClassLoader(), new Class<?>[] {RegistrationApi.class},
                (p, m, a) -> {
                    // The bulk runner asks for this API without 429 retries: it is this proxy still, not the one inside.
                    if (m.getName().equals("throttlingLeftToCaller")) return p;
                    if (a != null && Arrays.stream(a).anyMatch(ids::contains)) throw new IllegalStateException("adapter bug");
                    Object answer;
                    try {
                        answer = m.invoke(azure, a);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (!m.getName().equals("customerSubscriptions")) return answer;
                    RegistrationRef ref = (RegistrationRef) a[0];
                    @SuppressWarnings("unchecked")
                    List<CustomerSubscription> all = new ArrayList<>((List<CustomerSubscription>) answer);
                    for (String id : ids) all.add(new CustomerSubscription(ref.customerSubscriptionId(id), id, null));
                    return all;
                });
    }
}
