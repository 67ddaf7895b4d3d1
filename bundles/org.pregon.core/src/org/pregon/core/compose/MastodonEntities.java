package org.pregon.core.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.twitter.twittertext.Regex;

/**
 * The links and mentions that Mastodon gives a length concession, found as its server finds them:
 * links written with http(s):// by twitter-text's extractor (Mastodon runs the Ruby twitter-text of
 * the same version and rules), mentions by Mastodon's own Account::MENTION_RE, overlapping ones dropped.
 */
final class MastodonEntities {

    /** One link or mention: the UTF-16 range in the text, and the part of a mention that still counts. */
    record Entity(int start, int end, String mentionedUser) {
        boolean isLink() {
            return mentionedUser == null;
        }
    }

    /*
     * Mastodon's Account::MENTION_RE: "@" not preceded by "=", "/" or a word character, a user name of
     * ASCII letters, digits and "_" (with inner "." or "-"), then optionally "@" and a domain.
     */
    private static final Pattern MENTION = Pattern.compile(
            "(?<![=/\\w])@([a-zA-Z0-9_]+(?:[.-]+[a-zA-Z0-9_]+)*)(?:@(\\w+(?:[.-]+\\w+)*))?", //$NON-NLS-1$
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Mastodon skips "mentions" whose domain no DNS name could have. */
    private static final int MAX_DOMAIN_LENGTH = 253;

    private final List<Entity> entities;

    private MastodonEntities(List<Entity> entities) {
        this.entities = entities;
    }

    static MastodonEntities find(PostText post) {
        List<Entity> found = new ArrayList<>();
        for (PostText.Link link : post.links()) {
            if (link.withProtocol()) {
                found.add(new Entity(link.start(), link.end(), null));
            }
        }
        addMentions(post.text(), found);
        return new MastodonEntities(withoutOverlaps(found));
    }

    /** Like Ruby's String#scan: each try starts after the previous match, whether it was kept or not. */
    private static void addMentions(String text, List<Entity> found) {
        Matcher mention = MENTION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher invalidEnd = Regex.INVALID_MENTION_MATCH_END.matcher(text);
        int at = text.indexOf('@');
        while (at >= 0) {
            int next = at + 1;
            if (mention.region(at, text.length()).lookingAt()) {
                next = mention.end();
                // as twitter-text: not a mention when followed by "@", a Latin accented letter or "://"
                boolean rejected = invalidEnd.region(mention.end(), text.length()).lookingAt();
                String domain = mention.group(2);
                if (!rejected && (domain == null || domain.length() <= MAX_DOMAIN_LENGTH)) {
                    found.add(new Entity(mention.start(), mention.end(), mention.group(1)));
                }
            }
            at = text.indexOf('@', next);
        }
    }

    /** Twitter-text's remove_overlapping_entities: by start, dropping any that overlaps one kept. */
    private static List<Entity> withoutOverlaps(List<Entity> found) {
        found.sort(Comparator.comparingInt(Entity::start));
        List<Entity> kept = new ArrayList<>(found.size());
        for (Entity entity : found) {
            if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= entity.start()) {
                kept.add(entity);
            }
        }
        return kept;
    }

    boolean isEmpty() {
        return entities.isEmpty();
    }

    List<Entity> entities() {
        return entities;
    }
}
