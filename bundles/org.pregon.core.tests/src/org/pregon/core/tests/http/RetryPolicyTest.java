package org.pregon.core.tests.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.pregon.core.http.ApiRequest;
import org.pregon.core.http.RetryPolicy;
import org.pregon.core.http.Sleeper;

/** Backoff, which requests may be repeated, and the real sleeper's response to cancellation. */
public class RetryPolicyTest {

    @Test
    public void backoffDoublesUpToTheCapWithEqualJitter() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(60));
        assertEquals(Duration.ofMillis(500), policy.backoff(1, 0.0));
        assertEquals(Duration.ofMillis(999), policy.backoff(1, 0.999));
        assertEquals(Duration.ofMillis(1500), policy.backoff(2, 0.5));
        assertEquals(Duration.ofMillis(4000), policy.backoff(3, 1.0));
        assertEquals(Duration.ofMillis(2500), policy.backoff(4, 0.0), "capped at 5 s");
        assertEquals(Duration.ofMillis(2500), policy.backoff(30, 0.0), "no overflow");
    }

    @Test
    public void onlyRequestsThatCannotActTwiceAreRetryable() {
        assertTrue(ApiRequest.get("/x").retryable());
        assertTrue(ApiRequest.put("/x").retryable());
        assertTrue(ApiRequest.delete("/x").retryable());
        assertTrue(!ApiRequest.post("/x").retryable());
        assertTrue(!ApiRequest.of("patch", "/x").retryable());
        assertTrue(ApiRequest.post("/x").idempotencyKey("k").retryable());
        assertTrue(ApiRequest.post("/x").idempotent().retryable());
    }

    @Test
    public void theRealSleeperStopsAtOnceWhenCancelled() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        long start = System.nanoTime();
        assertThrows(OperationCanceledException.class, () -> Sleeper.SYSTEM.sleep(Duration.ofSeconds(30), monitor));
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "did not sleep");
    }
}
