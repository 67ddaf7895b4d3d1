package org.pregon.network.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

public class TidTest {
    @Test
    public void theRecordKeyOfANewPostHoldsThePdsClock() {
        // the atproto specification's example TID, and the key a local PDS gave a post written at 22:24:13
        assertEquals(Instant.parse("2023-06-30T15:03:01.887007Z"), Tid.instant("3jzfcijpj2z2a"));
        assertEquals(Instant.parse("2026-11-29T22:24:13.551Z"), Tid.instant("3n3ib2gclgs2x"));
    }

    @Test
    public void somethingElseIsNotATid() {
        assertThrows(IllegalArgumentException.class, () -> Tid.instant("self"));
        assertThrows(IllegalArgumentException.class, () -> Tid.instant("zzzzzzzzzzzzz"));
        assertThrows(IllegalArgumentException.class, () -> Tid.instant("3jzfcijpj2z2A"));
    }
}
