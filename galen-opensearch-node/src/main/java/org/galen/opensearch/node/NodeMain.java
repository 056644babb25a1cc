package org.galen.opensearch.node;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.Version;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;

/**
 * Runs one OpenSearch node in this JVM until it is killed. Arguments are node settings as {@code
 * key=value} (path.home, node.name, http.port, discovery.seed_hosts, ...). The Netty HTTP transport
 * and the k-NN plugin are loaded from the classpath, as OpenSearch's own test framework does, so no
 * distribution, plugin install or security agent is needed.
 */
public final class NodeMain {
  private NodeMain() {}

  /** Node's constructor taking classpath plugins is protected. */
  private static final class LocalNode extends Node {
    LocalNode(Environment env, Collection<PluginInfo> plugins) {
      super(env, plugins, true);
    }
  }

  private static PluginInfo classpathPlugin(String className) {
    return new PluginInfo(
        className,
        "classpath plugin",
        "NA",
        Version.CURRENT,
        "21",
        className,
        null,
        List.of(),
        false);
  }

  public static void main(String[] args) throws Exception {
    Settings.Builder settings = Settings.builder();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("expected key=value, was '" + arg + "'");
      }
      settings.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    Settings s = settings.build();
    Environment env =
        InternalSettingsPreparer.prepareEnvironment(s, Map.of(), null, () -> s.get("node.name"));
    Node node =
        new LocalNode(
            env,
            List.of(
                classpathPlugin("org.opensearch.transport.Netty4ModulePlugin"),
                classpathPlugin("org.opensearch.knn.plugin.KNNPlugin")));
    node.start();
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    node.close();
                  } catch (Exception e) {
                    System.err.println("closing the node failed: " + e);
                  }
                  closed.countDown();
                }));
    if (Boolean.getBoolean("galen.exitWithParent")) {
      // a test JVM that dies without its shutdown hooks (kill -9) must not leave nodes behind:
      // its end closes our stdin
      Thread watcher =
          new Thread(
              () -> {
                try {
                  while (System.in.read() >= 0) {
                    // the parent never writes; reading only waits for the end
                  }
                } catch (java.io.IOException e) {
                  // closed: the parent is gone
                }
                System.exit(0);
              },
              "parent-watcher");
      watcher.setDaemon(true);
      watcher.start();
    }
    System.out.println("node started: " + s.get("node.name"));
    closed.await();
  }
}
