package org.pregon.core.inbox;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.pregon.core.store.Workspace;

/**
 * The unified inbox over every account and network: how many conversations a filter shows, and one
 * page of them at a time in newest-first or oldest-waiting-first order, each read through an index.
 */
public final class InboxQuery {
    private final Workspace workspace;
    private final Clock clock;

    public InboxQuery(Workspace workspace) {
        this(workspace, Clock.systemUTC());
    }

    public InboxQuery(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    public long count(InboxFilter filter) {
        return workspace.conversationIndex().count(filter, now());
    }

    public List<InboxRow> page(InboxFilter filter, long offset, int limit) {
        return workspace.conversationIndex().page(filter, now(), offset, limit);
    }

    private Date now() {
        return Date.from(clock.instant());
    }
}
