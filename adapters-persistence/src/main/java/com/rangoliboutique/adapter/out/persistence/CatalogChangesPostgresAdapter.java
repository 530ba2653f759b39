package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.CatalogChanges;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * Committed changes to what buyers see, from PostgreSQL: triggers on products, variant_options, images,
 * image_renditions and settings send {@code NOTIFY catalog_changes} at commit (V4 migration), heard on a connection
 * of this process's own. If that connection is lost the process says so, polls the one-row {@code catalog_version}
 * (bumped by the same triggers) every {@link #POLL_EVERY} until it can listen again, and asks for everything to be
 * read again whenever it may have missed a change.
 */
@Singleton
class CatalogChangesPostgresAdapter implements CatalogChanges {

    static final String CHANNEL = "catalog_changes";
    /** How the listening connection shows in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "rangoli-catalog-listener";
    static final Duration POLL_EVERY = Duration.ofMillis(250);
    private static final Duration RECONNECT_EVERY = Duration.ofSeconds(2);
    private static final Duration CHECK_CONNECTION_EVERY = Duration.ofSeconds(5);
    /** More products than this in one batch: reading everything again is cheaper than product by product. */
    private static final int MAX_NAMED_PRODUCTS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(CatalogChangesPostgresAdapter.class);

    private final DataSource pool;
    private final String url;
    private final Properties login = new Properties();
    private volatile boolean running = true;
    private volatile Thread thread;
    private volatile Connection listening;

    CatalogChangesPostgresAdapter(DataSource dataSource, @Value("${datasources.default.url}") String url,
                                  @Nullable @Value("${datasources.default.username:}") String username,
                                  @Nullable @Value("${datasources.default.password:}") String password) {
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
        this.url = url;
        if (username != null && !username.isEmpty()) {
            login.setProperty("user", username);
        }
        if (password != null && !password.isEmpty()) {
            login.setProperty("password", password);
        }
        login.setProperty("ApplicationName", APPLICATION_NAME);
        login.setProperty("socketTimeout", "15"); // seconds: a dead network cannot hang the check below
        login.setProperty("connectTimeout", "5");
    }

    @Override
    public void listen(Listener listener) {
        Connection first = connect();
        if (first == null) {
            LOG.warn("catalog changes: cannot listen for notifications yet; polling catalog_version every {} ms",
                    POLL_EVERY.toMillis());
        }
        Thread t = new Thread(() -> run(listener, first), "catalog-changes");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    private void run(Listener listener, Connection first) {
        Connection connection = first;
        boolean owed = first == null; // changes may have been missed: read everything again
        long version = -1;
        long lastCheck = System.nanoTime();
        long lastConnectTry = System.nanoTime();
        while (running) {
            try {
                if (connection == null) {
                    long now = version(); // by the pool: O(1), one row
                    if (version != -1 && now != version) {
                        owed = true;
                    }
                    version = now;
                    owed = owed && !tell(listener::anythingMayHaveChanged);
                    if (System.nanoTime() - lastConnectTry > RECONNECT_EVERY.toNanos()) {
                        lastConnectTry = System.nanoTime();
                        connection = connect();
                        if (connection != null) {
                            LOG.info("catalog changes: listening for notifications again");
                            owed |= version() != version; // a change between the last poll and LISTEN
                            owed = owed && !tell(listener::anythingMayHaveChanged);
                            lastCheck = System.nanoTime();
                            continue;
                        }
                    }
                    Thread.sleep(POLL_EVERY.toMillis());
                    continue;
                }
                PGNotification[] notifications = connection.unwrap(PGConnection.class)
                        .getNotifications((int) POLL_EVERY.toMillis() * 2);
                if (notifications != null && notifications.length > 0) {
                    owed |= !deliver(listener, notifications);
                    lastCheck = System.nanoTime();
                } else if (System.nanoTime() - lastCheck > CHECK_CONNECTION_EVERY.toNanos()) {
                    try (Statement s = connection.createStatement()) {
                        s.execute("SELECT 1"); // a connection that died silently fails here
                    }
                    lastCheck = System.nanoTime();
                }
                owed = owed && !tell(listener::anythingMayHaveChanged);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                if (connection != null) {
                    LOG.warn("catalog changes: the listening connection was lost ({}); polling catalog_version every"
                            + " {} ms until it is back", e.toString(), POLL_EVERY.toMillis());
                    close(connection);
                    connection = null;
                    listening = null;
                    owed = true;
                    version = -1;
                    lastConnectTry = System.nanoTime();
                } else {
                    LOG.debug("catalog changes: the database is still away: {}", e.toString());
                    sleepQuietly();
                }
            }
        }
        close(connection);
    }

    /** @return false if the listener failed (it is then told to read everything again) */
    private boolean deliver(Listener listener, PGNotification[] notifications) {
        Set<Long> products = new HashSet<>();
        boolean settings = false;
        boolean everything = false;
        for (PGNotification n : notifications) {
            String payload = n.getParameter();
            if (payload.startsWith("p:")) {
                products.add(Long.parseLong(payload.substring(2)));
            } else if (payload.equals("s")) {
                settings = true;
            } else {
                everything = true;
            }
        }
        if (everything || products.size() > MAX_NAMED_PRODUCTS) {
            return tell(listener::anythingMayHaveChanged);
        }
        boolean told = true;
        if (settings) {
            told = tell(listener::settingsChanged);
        }
        if (!products.isEmpty()) {
            told &= tell(() -> listener.productsChanged(products));
        }
        return told;
    }

    private static boolean tell(Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("catalog changes: could not follow a change ({}); will read everything again", e.toString());
            return false;
        }
    }

    /** A connection that LISTENs, or null when the database cannot be reached. */
    private Connection connect() {
        try {
            Connection c = DriverManager.getConnection(url, login);
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
            }
            listening = c;
            return c;
        } catch (SQLException e) {
            LOG.debug("catalog changes: cannot connect to listen: {}", e.toString());
            return null;
        }
    }

    private long version() throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT version FROM catalog_version");
             ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(POLL_EVERY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it is gone either way
            }
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        close(listening);
    }
}
