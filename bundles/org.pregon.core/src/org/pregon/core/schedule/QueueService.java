package org.pregon.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;

/**
 * "Add to queue" against a workspace: finds which slots other posts already hold and gives the post
 * the next time free on all its accounts (see {@link Queue} for why one shared time).
 */
public final class QueueService {
    private final Workspace workspace;
    private final Queue queue;

    public QueueService(Workspace workspace, Queue queue) {
        this.workspace = workspace;
        this.queue = queue;
    }

    /** Decides where the post would go, without changing it. */
    public QueuePlacement place(Post post, Instant now) {
        Set<String> accountIds = new LinkedHashSet<>();
        post.getVariants().forEach(v -> accountIds.add(v.getAccountId()));
        if (accountIds.isEmpty()) {
            return new QueuePlacement.NoAccounts();
        }
        List<Account> accounts = new ArrayList<>();
        List<String> withoutQueue = new ArrayList<>();
        for (String id : accountIds) {
            Optional<Account> account = workspace.accounts().find(id);
            if (account.isEmpty() || account.get().getQueueSlots().isEmpty()) {
                withoutQueue.add(id);
            } else {
                accounts.add(account.get());
            }
        }
        if (!withoutQueue.isEmpty()) {
            return new QueuePlacement.NoQueue(withoutQueue);
        }
        Optional<QueueChoice> choice = queue.nextShared(accounts, now, taken(post, now));
        return choice.<QueuePlacement>map(QueuePlacement.Placed::new).orElseGet(QueuePlacement.NoSharedTime::new);
    }

    /** Puts the post at the placed time, as a move in the calendar would (same status rules). */
    public static void apply(Post post, QueuePlacement.Placed placed, Instant now) {
        Rescheduler.apply(post, new Rescheduling.Moved(placed.choice().at(),
                Rescheduler.statusAfterMove(post.getStatus()), placed.choice().warnings()), now);
    }

    /**
     * The instants other posts already hold, per account: a slot is taken when a post for that
     * account is due or went out at that instant. Cancelled posts hold nothing.
     */
    public Map<String, Set<Instant>> taken(Post except, Instant now) {
        Map<String, Set<Instant>> taken = new HashMap<>();
        Date from = Date.from(now.minus(Duration.ofDays(1)));
        Date to = Date.from(now.plus(Duration.ofDays(Queue.HORIZON_DAYS + 1)));
        for (Post other : workspace.posts().between(from, to)) {
            Date at = other.getScheduledAt() != null ? other.getScheduledAt() : other.getPublishedAt();
            if (other.getId().equals(except.getId()) || other.getStatus() == PostStatus.CANCELLED || at == null) {
                continue;
            }
            for (PostVariant variant : other.getVariants()) {
                if (variant.getStatus() != PostStatus.CANCELLED) {
                    taken.computeIfAbsent(variant.getAccountId(), k -> new HashSet<>()).add(at.toInstant());
                }
            }
        }
        return taken;
    }
}
