package dev.azscsp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import dev.azscsp.cli.Cli;

/** The demo never opens a network connection: a security manager records any attempt while every scenario runs. */
class DemoOfflineTest {
    @Test
    @SuppressWarnings("removal")
    void everyScenarioRunsWithoutTouchingTheNetwork() {
        List<String> attempts = new CopyOnWriteArrayList<>();
        SecurityManager watcher = new SecurityManager() {
            @Override public void checkPermission(Permission perm) {}
            @Override public void checkPermission(Permission perm, Object context) {}
            @Override public void checkConnect(String host, int port) { attempts.add("connect " + host + ":" + port); }
            @Override public void checkConnect(String host, int port, Object context) { attempts.add("connect " + host + ":" + port); }
            @Override public void checkListen(int port) { attempts.add("listen " + port); }
            @Override public void checkAccept(String host, int port) { attempts.add("accept " + host + ":" + port); }
            @Override public void checkMulticast(java.net.InetAddress addr) { attempts.add("multicast " + addr); }
        };
        SecurityManager before = System.getSecurityManager();
        System.setSecurityManager(watcher);
        try {
            for (Scenario s : Scenario.values()) {
                if (s == Scenario.SLOW) continue;
                String[] args = s.intent() == dev.azscsp.diagnosis.Intent.ADD
                        ? new String[] {"diagnose", "--auth", "demo", "--scenario", s.key(), "--add", "--yes"}
                        : new String[] {"diagnose", "--auth", "demo", "--scenario", s.key()};
                Cli.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            }
        } finally {
            System.setSecurityManager(before);
        }
        assertThat(attempts).isEmpty();
    }

    @Test
    @SuppressWarnings("removal")
    void theWatcherSeesAConnection() throws Exception {
        List<String> attempts = new CopyOnWriteArrayList<>();
        SecurityManager watcher = new SecurityManager() {
            @Override public void checkPermission(Permission perm) {}
            @Override public void checkConnect(String host, int port) { attempts.add(host + ":" + port); }
        };
        System.setSecurityManager(watcher);
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertThat(s.isConnected()).isTrue();
        } finally {
            System.setSecurityManager(null);
        }
        assertThat(attempts).isNotEmpty();
    }
}
