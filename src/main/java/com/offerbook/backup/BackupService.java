package com.offerbook.backup;

import com.offerbook.security.CurrentUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Administrators back up the embedded database while the app runs. On PostgreSQL, use its own tools (README). */
@Service
public class BackupService {

    /** A backup file in the backup folder. */
    public record BackupFile(String name, long bytes, Instant written) {}

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Path directory;

    BackupService(
            JdbcTemplate jdbc,
            CurrentUser currentUser,
            Clock clock,
            @Value("${offerbook.backup.directory:./backups}") Path directory) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.directory = directory;
    }

    /** The folder backups are written to, as an absolute path. */
    public Path directory() {
        return directory.toAbsolutePath().normalize();
    }

    /** Whether this database can be backed up from here (an H2 file database). */
    public boolean supported() {
        return H2Backup.supported(jdbc);
    }

    /** Writes a backup now and returns its file. */
    public Path backUp() throws IOException {
        requireAdmin();
        if (!supported()) {
            throw new IOException(
                    "This database is not an H2 file database; back it up with its own tools (see README).");
        }
        return H2Backup.write(jdbc, directory, clock.instant());
    }

    /** The backups written so far, newest first. */
    public List<BackupFile> list() throws IOException {
        requireAdmin();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches("offerbook-\\d{8}-\\d{6}\\.zip"))
                    .map(BackupService::describe)
                    .sorted(Comparator.comparing(BackupFile::written).reversed())
                    .toList();
        }
    }

    private static BackupFile describe(Path file) {
        try {
            return new BackupFile(
                    file.getFileName().toString(),
                    Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return new BackupFile(file.getFileName().toString(), 0, Instant.EPOCH);
        }
    }

    private void requireAdmin() {
        if (!currentUser.require().isAdmin()) {
            throw new AccessDeniedException("Only administrators back up the database");
        }
    }
}
