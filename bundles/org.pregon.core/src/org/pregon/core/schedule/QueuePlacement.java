package org.pregon.core.schedule;

import java.util.List;

/** Where "add to queue" puts a post, or why it cannot. */
public sealed interface QueuePlacement {

    /** The post goes out at the choice's time. */
    record Placed(QueueChoice choice) implements QueuePlacement {
    }

    /** These accounts of the post have no queue yet (account ids). */
    record NoQueue(List<String> accountIds) implements QueuePlacement {
        public NoQueue {
            accountIds = List.copyOf(accountIds);
        }
    }

    /** Every account has a queue, but within {@link Queue#HORIZON_DAYS} no time is a free slot of all of them. */
    record NoSharedTime() implements QueuePlacement {
    }

    /** The post has no accounts to queue for. */
    record NoAccounts() implements QueuePlacement {
    }
}
