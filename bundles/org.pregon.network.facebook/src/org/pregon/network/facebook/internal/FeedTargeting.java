package org.pregon.network.facebook.internal;

import java.util.Map;

import org.pregon.core.networks.Audience;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A segment's audience as the {@code targeting} field of POST /{page-id}/feed: the Page post's
 * documented restriction object, {@code {"age_min":16,"age_max":29,"geo_locations":{"countries":["ES"]}}};
 * people outside it do not see the post. Ages are kept within the 13–65 Facebook accepts (65 means 65
 * and older, so it is left out as a maximum).
 */
public final class FeedTargeting {
    private static final int YOUNGEST = 13;
    private static final int OLDEST = 65;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedTargeting() {
    }

    /** Adds the targeting field when there is an audience; otherwise the post is for everyone. */
    public static void addTo(Map<String, String> fields, Audience audience) {
        if (audience == null || audience.isEmpty()) {
            return;
        }
        ObjectNode targeting = JSON.createObjectNode();
        if (audience.minAge() != null && audience.minAge() > YOUNGEST) {
            targeting.put("age_min", Math.min(audience.minAge(), OLDEST)); //$NON-NLS-1$
        }
        if (audience.maxAge() != null && audience.maxAge() < OLDEST) {
            targeting.put("age_max", Math.max(audience.maxAge(), YOUNGEST)); //$NON-NLS-1$
        }
        if (!audience.countries().isEmpty()) {
            audience.countries().forEach(targeting.putObject("geo_locations").putArray("countries")::add); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!targeting.isEmpty()) {
            fields.put("targeting", targeting.toString()); //$NON-NLS-1$
        }
    }
}
