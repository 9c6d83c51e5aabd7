package org.enchufe.workbench;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The characters every workspace's files hold together — the free sandbox's ({@code draft}) and
 * the lessons' ({@code lesson_draft}, saved by {@code course.Progress}) — against the server's ceiling
 * ({@code enchufe.workspace.storage-limit}). Each workspace is bounded on its own (files × size)
 * and new workspaces are rate-limited per address, but many addresses over months could still
 * fill the disk: past the ceiling a save that grows the total is refused with a clear message,
 * while saves that keep or shrink a file still go through, so nobody loses what they have.
 * The total is counted once at start-up, then kept by the saves and deletions themselves (a
 * change inside a transaction that rolls back is undone with it), and recounted after expiry.
 */
@Component
public class DraftStorage {

    private final JdbcClient jdbc;
    private final long limit;
    private final AtomicLong used = new AtomicLong();

    DraftStorage(JdbcClient jdbc, WorkspaceSettings settings) {
        this.jdbc = jdbc;
        this.limit = settings.storageLimit();
        recount();
    }

    /** Takes room for a file going from {@code before} to {@code after} characters, or refuses when it grows past the ceiling. */
    public void reserve(long before, long after) {
        long growth = after - before;
        if (growth > 0 && used.addAndGet(growth) > limit) {
            used.addAndGet(-growth);
            throw new WorkbenchProblem("storage-full", Map.of());
        }
        if (growth <= 0) {
            used.addAndGet(growth);
        }
        undoOnRollback(growth);
    }

    /** Counts {@code chars} characters stored whatever the ceiling: a new workspace's starter files. */
    void add(long chars) {
        used.addAndGet(chars);
        undoOnRollback(chars);
    }

    /** Gives back the room of {@code chars} characters deleted. */
    void release(long chars) {
        add(-chars);
    }

    long used() {
        return used.get();
    }

    /** Recounts from the table: at start-up and after the expiry deletes old workspaces' files. */
    void recount() {
        used.set(jdbc.sql("""
                SELECT (SELECT COALESCE(SUM(LENGTH(source)), 0) FROM draft)
                     + (SELECT COALESCE(SUM(LENGTH(source)), 0) FROM lesson_draft)""").query(Long.class).single());
    }

    private void undoOnRollback(long change) {
        if (change == 0 || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    used.addAndGet(-change);
                }
            }
        });
    }
}
