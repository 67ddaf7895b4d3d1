package org.pregon.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.internal.CoreMessages;
import org.pregon.model.Account;
import org.pregon.model.AdRequest;
import org.pregon.model.Campaign;
import org.pregon.model.Conversation;
import org.pregon.model.Event;
import org.pregon.model.LiveBroadcast;
import org.pregon.model.Message;
import org.pregon.model.Segment;

/**
 * An open Pregón workspace: a folder holding the store (pregon.db), its lock and its backups.
 * Opening locks the folder, refuses data written by a newer Pregón without touching it, and
 * upgrades older data after writing a backup.
 */
public final class Workspace implements AutoCloseable {
    public static final String DATABASE_FILE = "pregon.db"; //$NON-NLS-1$
    public static final String BACKUP_FOLDER = "backups"; //$NON-NLS-1$

    private final Path folder;
    private final WorkspaceLock lock;
    private final Database db;
    private final int schemaVersion;
    private final Path lastBackup;

    private final PostRepository posts;
    private final ArchiveRepository archive;
    private final DocumentTable<Account> accounts;
    private final DocumentTable<Segment> segments;
    private final DocumentTable<Campaign> campaigns;
    private final DocumentTable<Conversation> conversations;
    private final DocumentTable<Event> events;
    private final DocumentTable<LiveBroadcast> broadcasts;
    private final DocumentTable<AdRequest> adRequests;
    private final DocumentTable<org.pregon.model.SavedReply> savedReplies;
    private final ConversationIndex conversationIndex;
    private final ReplyDrafts replyDrafts;
    private final AuditLog audit;
    private final UserDirectory users;
    private final Publications publications;
    private final NativeSchedules nativeSchedules;
    private final SyncStore sync;

    private Workspace(Path folder, WorkspaceLock lock, Database db, int schemaVersion, Path lastBackup) {
        this.folder = folder;
        this.lock = lock;
        this.db = db;
        this.schemaVersion = schemaVersion;
        this.lastBackup = lastBackup;
        posts = new PostRepository(db);
        archive = new ArchiveRepository(db);
        accounts = new DocumentTable<Account>(db, "accounts", Account.class, Account::getId, //$NON-NLS-1$
                Map.of("network_kind", Account::getNetworkKind, "handle", Account::getHandle), "network_kind, handle, id"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        segments = new DocumentTable<Segment>(db, "segments", Segment.class, Segment::getId, //$NON-NLS-1$
                Map.of("name", Segment::getName), "name, id"); //$NON-NLS-1$ //$NON-NLS-2$
        campaigns = new DocumentTable<Campaign>(db, "campaigns", Campaign.class, Campaign::getId, //$NON-NLS-1$
                Map.of("name", Campaign::getName, "starts_at", Campaign::getStartsAt), "starts_at, id"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        conversations = new DocumentTable<Conversation>(db, "conversations", Conversation.class, Conversation::getId, //$NON-NLS-1$
                Map.of("account_id", Conversation::getAccountId, "network_kind", Conversation::getNetworkKind, //$NON-NLS-1$ //$NON-NLS-2$
                        "status", Conversation::getStatus, "last_message_at", Workspace::lastMessageAt, //$NON-NLS-1$ //$NON-NLS-2$
                        // the inbox's filters and orders (see org.pregon.core.inbox.InboxQuery)
                        "assignee", Conversation::getAssignee, "unread", Conversation::isUnread, //$NON-NLS-1$ //$NON-NLS-2$
                        "waiting_since", org.pregon.core.inbox.Waiting::since, //$NON-NLS-1$
                        "participant", Conversation::getParticipant, "snippet", org.pregon.core.inbox.Waiting::snippet), //$NON-NLS-1$ //$NON-NLS-2$
                "last_message_at DESC, id"); //$NON-NLS-1$
        events = new DocumentTable<Event>(db, "events", Event.class, Event::getId, //$NON-NLS-1$
                Map.of("starts_at", Event::getStartsAt), "starts_at, id"); //$NON-NLS-1$ //$NON-NLS-2$
        broadcasts = new DocumentTable<LiveBroadcast>(db, "broadcasts", LiveBroadcast.class, LiveBroadcast::getId, //$NON-NLS-1$
                Map.of("starts_at", LiveBroadcast::getStartsAt), "starts_at, id"); //$NON-NLS-1$ //$NON-NLS-2$
        adRequests = new DocumentTable<AdRequest>(db, "ad_requests", AdRequest.class, AdRequest::getId, //$NON-NLS-1$
                Map.of("status", AdRequest::getStatus), "id"); //$NON-NLS-1$ //$NON-NLS-2$
        savedReplies = new DocumentTable<org.pregon.model.SavedReply>(db, "saved_replies", org.pregon.model.SavedReply.class, //$NON-NLS-1$
                org.pregon.model.SavedReply::getId, Map.of("name", org.pregon.model.SavedReply::getName), "name, id"); //$NON-NLS-1$ //$NON-NLS-2$
        conversationIndex = new ConversationIndex(db, conversations);
        replyDrafts = new ReplyDrafts(db);
        audit = new AuditLog(db);
        users = new UserDirectory(db);
        publications = new Publications(db, posts);
        nativeSchedules = new NativeSchedules(db, posts);
        sync = new SyncStore(db, archive, conversations);
    }

    private static Object lastMessageAt(Conversation conversation) {
        return conversation.getMessages().stream().map(Message::getSentAt).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** Opens (creating if needed) the workspace in {@code folder} with the migrations of this Pregón. */
    public static Workspace open(Path folder) throws WorkspaceException {
        return open(folder, Migrations.bundled());
    }

    public static Workspace open(Path folder, Migrations migrations) throws WorkspaceException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Reason.NOT_WRITABLE,
                    NLS.bind(CoreMessages.Workspace_notWritable, folder, e.getMessage()), e);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(folder);
        try {
            SqliteDialect dialect = new SqliteDialect(folder.resolve(DATABASE_FILE));
            int found = Files.exists(dialect.file()) ? inspectVersion(folder, dialect) : 0;
            if (found > migrations.latestVersion()) {
                throw new WorkspaceException(WorkspaceException.Reason.NEWER_SCHEMA, NLS.bind(
                        CoreMessages.Workspace_newerSchema, new Object[] { folder, found, migrations.latestVersion() }));
            }
            Connection connection = dialect.connect();
            try {
                Path backup = null;
                if (found > 0 && found < migrations.latestVersion() && dialect.backsUpBeforeUpgrade()) {
                    backup = backup(folder, dialect, connection, found);
                }
                try {
                    migrations.apply(connection, found);
                } catch (SQLException e) {
                    throw new WorkspaceException(WorkspaceException.Reason.MIGRATION_FAILED,
                            NLS.bind(CoreMessages.Workspace_migrationFailed,
                                    new Object[] { folder, migrations.latestVersion(), backup, e.getMessage() }), e);
                }
                return new Workspace(folder, lock, new Database(connection, dialect), migrations.latestVersion(), backup);
            } catch (WorkspaceException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            lock.close();
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE,
                    NLS.bind(CoreMessages.Workspace_unreadable, folder.resolve(DATABASE_FILE), e.getMessage()), e);
        } catch (WorkspaceException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens a workspace kept in a database server (team mode): several Pregóns share it, so there is
     * no folder and no lock; a too-new schema is refused and an older one upgraded like a local one.
     */
    public static Workspace openShared(Dialect dialect, Migrations migrations) throws WorkspaceException {
        try {
            int found;
            try (Connection readOnly = dialect.connectReadOnly()) {
                found = Migrations.currentVersion(readOnly, dialect);
            }
            if (found > migrations.latestVersion()) {
                throw new WorkspaceException(WorkspaceException.Reason.NEWER_SCHEMA, NLS.bind(
                        CoreMessages.Workspace_newerSchema, new Object[] { dialect.name(), found, migrations.latestVersion() }));
            }
            Connection connection = dialect.connect();
            try {
                migrations.apply(connection, found);
            } catch (SQLException e) {
                connection.close();
                throw new WorkspaceException(WorkspaceException.Reason.MIGRATION_FAILED, NLS.bind(CoreMessages.Workspace_migrationFailed,
                        new Object[] { dialect.name(), migrations.latestVersion(), "-", e.getMessage() }), e); //$NON-NLS-1$
            }
            return new Workspace(null, null, new Database(connection, dialect), migrations.latestVersion(), null);
        } catch (SQLException e) {
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE,
                    NLS.bind(CoreMessages.Workspace_unreadable, dialect.name(), e.getMessage()), e);
        }
    }

    /** Reads the data version without writing anything, so a refused workspace stays byte-for-byte as it was. */
    private static int inspectVersion(Path folder, Dialect dialect) throws SQLException {
        try (Connection readOnly = dialect.connectReadOnly()) {
            return Migrations.currentVersion(readOnly, dialect);
        }
    }

    private static Path backup(Path folder, Dialect dialect, Connection connection, int version) throws SQLException {
        Path backups = folder.resolve(BACKUP_FOLDER);
        try {
            Files.createDirectories(backups);
        } catch (IOException e) {
            throw new SQLException("cannot create " + backups + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")); //$NON-NLS-1$
        Path target = backups.resolve("pregon-v" + version + "-" + stamp + ".db"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        dialect.backup(connection, target);
        return target;
    }

    /** The workspace folder, or null for a workspace in a database server. */
    public Path folder() {
        return folder;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** The backup written when this open upgraded older data, or null. */
    public Path lastBackup() {
        return lastBackup;
    }

    public PostRepository posts() {
        return posts;
    }

    public ArchiveRepository archive() {
        return archive;
    }

    public DocumentTable<Account> accounts() {
        return accounts;
    }

    public DocumentTable<Segment> segments() {
        return segments;
    }

    public DocumentTable<Campaign> campaigns() {
        return campaigns;
    }

    public DocumentTable<Conversation> conversations() {
        return conversations;
    }

    /** The inbox's saved replies, by name. */
    public DocumentTable<org.pregon.model.SavedReply> savedReplies() {
        return savedReplies;
    }

    /** The inbox's reads over conversations: counts and pages by filter and order. */
    public ConversationIndex conversationIndex() {
        return conversationIndex;
    }

    /** Replies being written, one per conversation. */
    public ReplyDrafts replyDrafts() {
        return replyDrafts;
    }

    public DocumentTable<Event> events() {
        return events;
    }

    public DocumentTable<LiveBroadcast> broadcasts() {
        return broadcasts;
    }

    public DocumentTable<AdRequest> adRequests() {
        return adRequests;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The team (team mode); empty in single-user mode. */
    public UserDirectory users() {
        return users;
    }

    /** Named workspace-wide settings (time zone, office hours, ...). */
    public WorkspaceSettings settings() {
        return new WorkspaceSettings(db);
    }

    /** Claims, attempts and outcomes of the publisher. */
    public Publications publications() {
        return publications;
    }

    /** What was handed over to the networks' own schedulers. */
    public NativeSchedules nativeSchedules() {
        return nativeSchedules;
    }

    /** Progress of the sync jobs and the transactions they write each page in. */
    public SyncStore sync() {
        return sync;
    }

    /** Whether nothing has been written yet (a new workspace, before the demo or an import fills it). */
    public boolean isEmpty() {
        return posts.count() == 0 && accounts.count() == 0 && archive.count() == 0;
    }

    Database database() {
        return db;
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // committed data is already on disk; closing only releases the file
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
