package org.pregon.core.networks;

import java.util.List;

/**
 * Who may see one publication, when a segment restricts it through the network's own targeting.
 * A connector whose network declares {@code <targeting>} sends it; the others never receive one.
 *
 * @param minAge lowest age, or null for no lower bound
 * @param maxAge highest age, or null for no upper bound
 * @param countries ISO 3166-1 alpha-2 codes, upper case; empty for all countries
 */
public record Audience(Integer minAge, Integer maxAge, List<String> countries) {
    public Audience {
        countries = List.copyOf(countries);
    }

    public boolean isEmpty() {
        return minAge == null && maxAge == null && countries.isEmpty();
    }
}
