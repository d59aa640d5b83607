package jp.mamis.nation;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A {@link RowSink} writing one file per table in COPY text format, then loading them with
 * PostgreSQL's COPY in {@link Table} order — far faster than inserts, and the files are the
 * generator's output byte for byte.
 */
final class CopyFiles implements RowSink, AutoCloseable {

    private final Path dir;
    private final Map<Table, Writer> writers = new EnumMap<>(Table.class);
    private final Map<Table, Long> rows = new EnumMap<>(Table.class);

    CopyFiles(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        for (Table t : Table.values()) {
            writers.put(t, Files.newBufferedWriter(file(t), StandardCharsets.UTF_8));
            rows.put(t, 0L);
        }
    }

    Path file(Table t) {
        return dir.resolve(t.sqlName() + ".copy");
    }

    long rows(Table t) {
        return rows.get(t);
    }

    @Override
    public void row(Table table, Object... values) throws IOException {
        Writer w = writers.get(table);
        w.write(RowSink.copyText(values));
        w.write('\n');
        rows.merge(table, 1L, Long::sum);
    }

    @Override
    public void close() throws IOException {
        for (Writer w : writers.values()) {
            w.close();
        }
    }

    /** Loads every file into its table, in order; {@code progress} hears each table and its time. */
    void load(Connection c, BiConsumer<Table, Long> progress) throws SQLException, IOException {
        close();
        CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
        for (Table t : Table.values()) {
            long began = System.nanoTime();
            try (Reader r = Files.newBufferedReader(file(t), StandardCharsets.UTF_8)) {
                copy.copyIn("COPY " + t.copyColumns() + " FROM STDIN", r, 1 << 16);
            }
            progress.accept(t, (System.nanoTime() - began) / 1_000_000);
        }
    }

    /** Removes the files. */
    void delete() {
        try {
            for (Table t : Table.values()) {
                Files.deleteIfExists(file(t));
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
