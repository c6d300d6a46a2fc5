package dev.azscsp.ui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.api.RegistrationApi;

/** The demo's Azure whose one write waits until the test lets its answer come ({@link #answer()}). */
public final class HeldWrite {
    private final CountDownLatch answer = new CountDownLatch(1);

    public RegistrationApi api(Scenario s) {
        SimulatedAzure azure = new SimulatedAzure(s, Duration.ZERO);
        return (RegistrationApi) Proxy.newProxyInstance(HeldWrite.class.getClassLoader(), new Class<?>[] {RegistrationApi.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("addCustomerSubscription")) answer.await();
                    try {
                        return m.invoke(azure, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    public void answer() { answer.countDown(); }
}
