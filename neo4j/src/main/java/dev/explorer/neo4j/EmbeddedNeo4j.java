package dev.explorer.neo4j;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts a real Neo4j Community 5.26 in this JVM with only the Bolt connector, on loopback.
 *
 * <p>Protocol with the parent process (see ../README.md): one line on stdout, either
 * {@code NEO4J_READY bolt://127.0.0.1:<port>} or {@code NEO4J_FAILED <reason>}; everything else
 * goes to stderr. SIGTERM/SIGINT shut down cleanly; stdin EOF (the parent died) does the same.
 *
 * <p>While it runs, {@code <home>/runner.json} records its Bolt URI, process id and home, so that other
 * programs (the CLIs) can use this instance instead of starting a second one on the same data; it is
 * removed on a clean stop. A stale file (after a kill) is told apart by the reader (neo4j/running.ts).
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(option(args, "--home", ".data/neo4j")).toAbsolutePath();
    String host = option(args, "--host", "127.0.0.1");
    int port = Integer.parseInt(option(args, "--port", "7687"));
    long pageCacheMb = Long.parseLong(option(args, "--pagecache-mb", "128"));
    String password = System.getenv("NEO4J_PASSWORD");
    boolean authEnabled = password != null && !password.isEmpty();

    Files.createDirectories(home);
    FileLock lock = lockHome(home);
    if (lock == null) {
      fail("ALREADY_RUNNING another Neo4j is already using " + home);
      return;
    }

    DatabaseManagementServiceBuilder builder =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, authEnabled)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
            .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Bolt waits 5 s twice on shutdown by default; nothing is left to drain after checkpoint.
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));

    DatabaseManagementService dbms;
    try {
      dbms = builder.build();
    } catch (RuntimeException e) {
      fail("START_FAILED " + rootMessage(e));
      return;
    }
    AtomicBoolean stopped = new AtomicBoolean();
    Runnable stop =
        () -> {
          if (stopped.compareAndSet(false, true)) {
            forgetInstance(home);
            System.err.println("neo4j-runner: shutting down");
            dbms.shutdown();
            System.err.println("neo4j-runner: stopped");
          }
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

    try {
      if (authEnabled) {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
            .executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
      }
      GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      db.executeTransactionally("RETURN 1");
      int boltPort =
          ((GraphDatabaseAPI) db)
              .getDependencyResolver()
              .resolveDependency(ConnectorPortRegister.class)
              .getLocalAddress(ConnectorType.BOLT)
              .getPort();
      String uri = "bolt://" + host + ":" + boltPort;
      recordInstance(home, uri);
      System.out.println("NEO4J_READY " + uri);
      System.out.flush();
    } catch (RuntimeException e) {
      fail("START_FAILED " + rootMessage(e));
      System.exit(1);
    }

    if (has(args, "--exit-on-stdin-eof")) {
      Thread watcher =
          new Thread(
              () -> {
                try {
                  while (System.in.read() != -1) {
                    // drain; the parent never writes
                  }
                } catch (IOException ignored) {
                  // a broken pipe means the parent is gone as well
                }
                System.err.println("neo4j-runner: parent gone (stdin closed)");
                System.exit(0);
              },
              "stdin-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
    new CountDownLatch(1).await();
  }

  /** One process per home: Neo4j's own store lock fails with a long trace, so check first. */
  private static FileLock lockHome(Path home) throws IOException {
    FileChannel channel =
        FileChannel.open(
            home.resolve("runner.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static final String INSTANCE_FILE = "runner.json";

  /** Writes {@code <home>/runner.json} atomically: whoever reads it sees the whole record or none. */
  private static void recordInstance(Path home, String uri) {
    String json =
        "{\"uri\":\""
            + uri
            + "\",\"pid\":"
            + ProcessHandle.current().pid()
            + ",\"home\":\""
            + home.toString().replace("\\", "\\\\").replace("\"", "\\\"")
            + "\",\"started\":\""
            + Instant.now()
            + "\"}\n";
    Path temporary = home.resolve(INSTANCE_FILE + ".tmp");
    try {
      Files.writeString(temporary, json, StandardCharsets.UTF_8);
      Files.move(
          temporary,
          home.resolve(INSTANCE_FILE),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      System.err.println("neo4j-runner: could not record the instance: " + e.getMessage());
    }
  }

  /** Removes the record on a clean stop, unless another process has written its own since. */
  private static void forgetInstance(Path home) {
    Path file = home.resolve(INSTANCE_FILE);
    try {
      String record = Files.readString(file, StandardCharsets.UTF_8);
      if (record.contains("\"pid\":" + ProcessHandle.current().pid() + ",")) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // nothing recorded, nothing to remove
    }
  }

  private static void fail(String reason) {
    System.out.println("NEO4J_FAILED " + reason.replace('\n', ' '));
    System.out.flush();
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  private static String option(String[] args, String key, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(key)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private static boolean has(String[] args, String key) {
    for (String arg : args) {
      if (arg.equals(key)) {
        return true;
      }
    }
    return false;
  }
}
