package org.pregon.core.networks;

/**
 * What a network's audience restriction for organic publications can express, as its plugin
 * declares it in the {@code <targeting>} element (Facebook Page posts: ages 13–65 and countries).
 * A network without the element has none.
 *
 * @param ages whether an age range can be set
 * @param minAge lowest accepted age, with ages
 * @param maxAge highest accepted age (the network reads it as "and older"), with ages
 * @param countries whether countries can be set
 * @param label what the network calls it (e.g. "Page targeting"), or null
 */
public record AudienceTargeting(boolean ages, int minAge, int maxAge, boolean countries, String label) {
}
