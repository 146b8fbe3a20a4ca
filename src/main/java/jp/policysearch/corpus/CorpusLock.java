package jp.policysearch.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer at a time for a corpus folder and its index: {@code add}, {@code remove}, {@code index} and the
 * watcher of {@code serve} take this lock (a file lock on {@code .policy-search.lock}, plus a lock inside the JVM,
 * since a file lock is held per process). The operating system releases it when a process dies, so a killed
 * {@code add} never leaves the corpus locked.
 */
public final class CorpusLock implements AutoCloseable {

    /** The lock file's name; files whose names start with a dot are not part of the corpus. */
    public static final String FILE = ".policy-search.lock";

    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final FileChannel channel;
    private final FileLock lock;

    private CorpusLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other writer holds the corpus. */
    public static CorpusLock acquire(Path corpusDir) {
        IN_PROCESS.lock();
        try {
            Files.createDirectories(corpusDir);
            FileChannel channel =
                    FileChannel.open(corpusDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new CorpusLock(channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            IN_PROCESS.unlock();
            throw new UncheckedIOException("cannot lock the corpus folder " + corpusDir, e);
        } catch (RuntimeException e) {
            IN_PROCESS.unlock();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
