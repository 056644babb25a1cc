package org.galen.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.galen.core.GalenException;
import org.junit.jupiter.api.Assumptions;

/**
 * A real OpenSearch cluster on 127.0.0.1 for tests: one child JVM per node (OpenSearch embeds its
 * own Lucene, so it never shares Galen's classpath), each with its own data directory and ports,
 * finding the others through seed hosts. The classpath comes from {@code galen-opensearch-node}.
 * When the cluster cannot start, the test is skipped with the reason, or fails when {@code
 * GALEN_REQUIRE_OPENSEARCH} is set.
 */
public final class LocalCluster implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  /** One node: its name, process, HTTP address and the command that started it. */
  public record Node(String name, Process process, URI http, Path log, List<String> command) {}

  private final List<Node> nodes;
  private final Http http;
  private final java.util.Set<Node> killed = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private LocalCluster(List<Node> nodes) {
    this.nodes = new java.util.concurrent.CopyOnWriteArrayList<>(nodes);
    this.http = new Http(urls(), Duration.ofSeconds(30));
  }

  /** Starts {@code size} nodes under {@code dir} and waits until they form one green cluster. */
  public static LocalCluster start(int size, Path dir) {
    List<Node> started = new ArrayList<>();
    try {
      String classpath = classpath();
      int[] http = new int[size];
      int[] transport = new int[size];
      for (int i = 0; i < size; i++) {
        http[i] = freePort();
        transport[i] = freePort();
      }
      String seeds =
          java.util.Arrays.stream(transport)
              .mapToObj(p -> "127.0.0.1:" + p)
              .collect(Collectors.joining(","));
      String managers =
          java.util.stream.IntStream.range(0, size)
              .mapToObj(i -> "node-" + i)
              .collect(Collectors.joining(","));
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      for (int i = 0; i < size; i++) {
        Path home = dir.resolve("node-" + i);
        Files.createDirectories(home);
        Path log = dir.resolve("node-" + i + ".log");
        List<String> cmd =
            List.of(
                java,
                "-Xms256m",
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "--enable-native-access=ALL-UNNAMED",
                "-Dlog4j2.level=WARN",
                "-Dgalen.exitWithParent=true",
                "-cp",
                classpath,
                "org.galen.opensearch.node.NodeMain",
                "path.home=" + home,
                "cluster.name=galen-test",
                "node.name=node-" + i,
                "network.host=127.0.0.1",
                "http.port=" + http[i],
                "transport.port=" + transport[i],
                "discovery.seed_hosts=" + seeds,
                "cluster.initial_cluster_manager_nodes=" + managers,
                // tests fill small disks; the default watermarks would refuse to allocate shards
                "cluster.routing.allocation.disk.threshold_enabled=false",
                "node.processors=1");
        Process p =
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(new Node("node-" + i, p, URI.create("http://127.0.0.1:" + http[i]), log, cmd));
      }
      LocalCluster cluster = new LocalCluster(started);
      cluster.awaitNodes(size);
      return cluster;
    } catch (IOException | RuntimeException e) {
      started.forEach(n -> n.process().destroyForcibly());
      String why = "cannot start a " + size + "-node OpenSearch cluster: " + e.getMessage();
      if (System.getenv("GALEN_REQUIRE_OPENSEARCH") != null) {
        throw new IllegalStateException(why + " (GALEN_REQUIRE_OPENSEARCH is set)", e);
      }
      Assumptions.abort(why);
      throw new IllegalStateException("unreachable");
    }
  }

  private static final java.util.Map<Integer, LocalCluster> SHARED = new java.util.HashMap<>();

  /**
   * A cluster of {@code size} nodes shared by every test class of this JVM that asks for one (each
   * uses its own indices): started on first use, stopped when the JVM exits.
   */
  public static synchronized LocalCluster shared(int size) {
    LocalCluster cluster = SHARED.get(size);
    if (cluster == null) {
      try {
        Path dir = Files.createTempDirectory("galen-opensearch-");
        LocalCluster started = start(size, dir);
        Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        SHARED.put(size, started);
        cluster = started;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cluster;
  }

  /** The HTTP address of every node still running. */
  public List<URI> urls() {
    return nodes.stream().filter(n -> n.process().isAlive()).map(Node::http).toList();
  }

  public List<Node> nodes() {
    return nodes;
  }

  /** Waits until {@code n} nodes are in the cluster and every index is green. */
  public void awaitNodes(int n) {
    awaitNodes(n, "green");
  }

  /**
   * Waits until {@code n} nodes are in the cluster and its health is at least {@code status}
   * (yellow: every primary shard is active, some replicas may not be).
   */
  public void awaitNodes(int n, String status) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      for (Node node : nodes) {
        if (!node.process().isAlive() && !killed.contains(node)) {
          throw new GalenException(
              node.name() + " exited with " + node.process().exitValue() + "; " + tail(node.log()));
        }
      }
      try {
        JsonNode health =
            new Http(urls(), Duration.ofSeconds(10))
                .send(
                    "GET",
                    "/_cluster/health?wait_for_nodes="
                        + n
                        + "&wait_for_status="
                        + status
                        + "&timeout=5s",
                    null);
        if (!health.path("timed_out").asBoolean() && health.path("number_of_nodes").asInt() == n) {
          return;
        }
        last = health.toString();
      } catch (GalenException e) {
        last = e.getMessage();
        sleep(500);
      }
    }
    throw new GalenException(
        "the cluster did not become " + status + " with " + n + " nodes: " + last);
  }

  /** The name of the elected cluster manager. */
  public String clusterManager() {
    return http.send("GET", "/_cat/cluster_manager?format=json", null)
        .path(0)
        .path("node")
        .asText();
  }

  /** Kills a node as a crash would: SIGKILL, no shutdown hook, no flush. */
  public void kill(Node node) {
    killed.add(node);
    node.process().destroyForcibly();
    try {
      node.process().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts a killed node again, with its data directory as the kill left it. */
  public Node restart(Node node) {
    try {
      Process p =
          new ProcessBuilder(node.command())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(node.log().toFile()))
              .start();
      Node again = new Node(node.name(), p, node.http(), node.log(), node.command());
      nodes.set(nodes.indexOf(node), again);
      killed.remove(node);
      return again;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    nodes.forEach(n -> n.process().destroyForcibly());
    for (Node n : nodes) {
      try {
        n.process().waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static String classpath() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.exists(root.resolve("mvnw"))) {
      root = root.getParent();
    }
    if (root == null) {
      throw new GalenException("no repository root above " + Path.of("").toAbsolutePath());
    }
    Path module = root.resolve("galen-opensearch-node/target");
    Path file = module.resolve("node-classpath.txt");
    if (!Files.exists(file)) {
      throw new GalenException(file + " is missing: build galen-opensearch-node first");
    }
    List<String> parts = new ArrayList<>();
    parts.add(module.resolve("classes").toString());
    parts.add(Files.readString(file).strip());
    try (Stream<Path> knn = Files.list(module.resolve("knn"))) {
      knn.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(f -> parts.add(f.toString()));
    }
    return String.join(java.io.File.pathSeparator, parts);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GalenException("interrupted", e);
    }
  }
}
