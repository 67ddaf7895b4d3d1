package org.pregon.core.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.internal.CoreMessages;

/**
 * An exclusive OS file lock on {@code .lock} in the workspace folder, held while a Pregón has the
 * workspace open. The OS releases it when the process dies, even by kill -9, so a crash never
 * leaves a workspace locked. The holder's process id is written in the file for the message.
 */
final class WorkspaceLock implements AutoCloseable {
    static final String FILE_NAME = ".lock"; //$NON-NLS-1$

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path folder) throws WorkspaceException {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Reason.NOT_WRITABLE,
                    NLS.bind(CoreMessages.Workspace_notWritable, folder, e.getMessage()), e);
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // already held by this very process (a second open of the same workspace)
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkspaceException(WorkspaceException.Reason.NOT_WRITABLE,
                    NLS.bind(CoreMessages.Workspace_notWritable, folder, e.getMessage()), e);
        }
        if (lock == null) {
            String holder = readHolder(file);
            closeQuietly(channel);
            String message = holder.isEmpty() ? NLS.bind(CoreMessages.Workspace_lockedUnknownHolder, folder)
                    : NLS.bind(CoreMessages.Workspace_locked, folder, holder);
            throw new WorkspaceException(WorkspaceException.Reason.LOCKED, message);
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(ManagementFactory.getRuntimeMXBean().getName()
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            // the lock itself is what matters; the holder note is only for the message
        }
        return new WorkspaceLock(channel, lock);
    }

    private static String readHolder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return ""; //$NON-NLS-1$
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to add to the error being reported
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel close below releases it too
        }
        closeQuietly(channel);
    }
}
