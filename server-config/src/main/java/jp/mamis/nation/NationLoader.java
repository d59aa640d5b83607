package jp.mamis.nation;

import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The command behind {@code scripts/generate-nation.sh}: migrates the schema with the
 * application's own Flyway migrations, refuses a database that holds doctors other than the
 * demo's (unless {@code --force}, which empties the schema first), generates the nation into COPY
 * files, loads them in one transaction, moves the id sequences past the generated ids and prints
 * what the database then holds.
 */
public final class NationLoader {

    /** The demo's doctors (DemoData): they may be there already, any other doctor means real or generated data; never generated. */
    static final Set<String> DEMO_NUMBERS = Set.of("200001", "200002", "200003", "200004");

    private NationLoader() {
    }

    public static void main(String[] args) throws Exception {
        long seed = 42;
        int doctors = 343_000;
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--doctors" -> doctors = Integer.parseInt(args[++i]);
                case "--force" -> force = true;
                default -> {
                    System.err.println("usage: generate-nation.sh [--seed 42] [--doctors 343000] [--force]");
                    System.exit(2);
                }
            }
        }
        Path dataDir = Path.of(System.getProperty("mamis.data.dir", ".mamis"));
        Path migrations = Path.of(System.getProperty("mamis.migrations", "mamis-ejb/src/main/resources/db/migration"));
        try (NationDatabase db = NationDatabase.open(dataDir)) {
            System.out.println("Database: " + db.url());
            if (force) {
                try (Connection c = db.connect()) {
                    wipe(c);
                }
                System.out.println("--force: schema emptied");
            }
            migrate(db.url(), db.user(), db.password(), migrations);
            try (Connection c = db.connect()) {
                load(c, seed, doctors, System.out);
            } catch (RefusedException e) {
                System.err.println(e.getMessage());
                System.exit(3);
            }
        }
    }

    /** Thrown when the database holds data the generator must not mix with. */
    static final class RefusedException extends Exception {
        RefusedException(String message) {
            super(message);
        }
    }

    /** Runs the application's migrations from its source folder, as the application does at deployment. */
    static void migrate(String url, String user, String password, Path migrations) {
        if (!Files.isDirectory(migrations)) {
            throw new IllegalStateException("migrations not found at " + migrations.toAbsolutePath());
        }
        var result = Flyway.configure(NationLoader.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("filesystem:" + migrations.toAbsolutePath())
                .load()
                .migrate();
        System.out.println("Schema at version " + result.targetSchemaVersion);
    }

    /** Empties the schema (everything: the generated nation, demo and real data) so it can be migrated afresh. */
    static void wipe(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        }
    }

    /** Generates and loads a nation; the schema must be migrated. Returns the seconds it took. */
    static double load(Connection c, long seed, int doctors, PrintStream out)
            throws SQLException, IOException, RefusedException {
        long began = System.nanoTime();
        long others = count(c, "select count(*) from doctor where registration_number not in ('"
                + String.join("', '", new java.util.TreeSet<>(DEMO_NUMBERS)) + "')");
        if (others > 0) {
            throw new RefusedException("The database holds " + others + " doctors besides the demo's (generated or real data)."
                    + " Nothing was loaded. Run with --force to empty it first (all its data is lost).");
        }
        NationGenerator.Start start = start(c);
        Path dir = Files.createTempDirectory("mamis-nation");
        CopyFiles files = new CopyFiles(dir);
        try {
            new NationGenerator(seed, doctors, start, files).generate();
            files.close();
            out.printf("Generated seed %d, %,d doctors in %.1f s%n", seed, doctors, seconds(began));
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local synchronous_commit = off");
            }
            files.load(c, (t, ms) -> out.printf("  %-18s %,10d rows  %6.1f s%n", t.sqlName(), files.rows(t), ms / 1000.0));
            try (Statement s = c.createStatement()) {
                for (Table t : Table.values()) {
                    s.execute("select setval(pg_get_serial_sequence('" + t.sqlName() + "', 'id'), "
                            + "(select coalesce(max(id), 0) + 1 from " + t.sqlName() + "), false)");
                }
            }
            c.commit();
            c.setAutoCommit(true);
        } catch (SQLException | IOException | RuntimeException e) {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            throw e;
        } finally {
            files.delete();
        }
        try (Statement s = c.createStatement()) {
            // statistics for the planner, and the visibility map, so counts can be answered from
            // the indexes alone (what autovacuum does in time on a live database)
            s.execute("vacuum (analyze)");
        }
        double took = seconds(began);
        out.printf("Loaded in %.1f s (generation, COPY, sequences, VACUUM ANALYZE)%n%n", took);
        NationCounts.print(c, out);
        return took;
    }

    private static double seconds(long began) {
        return (System.nanoTime() - began) / 1e9;
    }

    /** The first free id of every table, the associations there are, the registration numbers taken. */
    static NationGenerator.Start start(Connection c) throws SQLException {
        Map<Table, Long> first = new EnumMap<>(Table.class);
        Map<String, Long> associations = new HashMap<>();
        Set<String> numbers = new HashSet<>();
        try (Statement s = c.createStatement()) {
            for (Table t : Table.values()) {
                try (ResultSet r = s.executeQuery("select coalesce(max(id), 0) + 1 from " + t.sqlName())) {
                    r.next();
                    first.put(t, r.getLong(1));
                }
            }
            try (ResultSet r = s.executeQuery("select code, id from association")) {
                while (r.next()) {
                    associations.put(r.getString(1), r.getLong(2));
                }
            }
            try (ResultSet r = s.executeQuery("select registration_number from doctor")) {
                while (r.next()) {
                    numbers.add(r.getString(1));
                }
            }
        }
        return new NationGenerator.Start(first, associations, numbers);
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
