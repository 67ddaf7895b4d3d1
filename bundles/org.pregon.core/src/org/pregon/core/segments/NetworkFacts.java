package org.pregon.core.segments;

import java.util.Optional;

import org.pregon.core.networks.AudienceTargeting;
import org.pregon.core.networks.NetworkRegistry;

/** What a segment plan needs to know about a network: its name and declared targeting. */
public interface NetworkFacts {
    String name(String kind);

    Optional<AudienceTargeting> targeting(String kind);

    /** No network can target (outside OSGi, where no plugin declares anything). */
    static NetworkFacts none() {
        return new NetworkFacts() {
            @Override
            public String name(String kind) {
                return kind;
            }

            @Override
            public Optional<AudienceTargeting> targeting(String kind) {
                return Optional.empty();
            }
        };
    }

    /** The installed networks' declarations. */
    static NetworkFacts of(NetworkRegistry registry) {
        return new NetworkFacts() {
            @Override
            public String name(String kind) {
                return registry.find(kind).map(n -> n.name()).orElse(kind);
            }

            @Override
            public Optional<AudienceTargeting> targeting(String kind) {
                return registry.find(kind).flatMap(n -> n.targeting());
            }
        };
    }
}
