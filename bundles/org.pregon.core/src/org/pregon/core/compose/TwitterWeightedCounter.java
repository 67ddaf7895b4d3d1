package org.pregon.core.compose;

import java.text.Normalizer;

import com.ibm.icu.text.UnicodeSet;
import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;

/**
 * X's weighted length, as the official twitter-text library (the code X's own clients use) computes it:
 * the text is NFC-normalised, most Latin, Greek, Cyrillic… characters weigh 1, other characters (CJK,
 * €, …) and every emoji sequence weigh 2, and every link weighs 23 whatever its length.
 *
 * TwitterTextParser.parseTweet costs about 2.5 microseconds per character (its emoji and link
 * regular expressions are tried at every position), some 12 ms for a 5,000-character notice. But the
 * weighted length is a sum, and links, emoji sequences and normalisation segments never span white
 * space, so the text is weighed word by word:
 * <ul>
 * <li>parseTweet weighs each word holding something it treats specially (a possible link, an emoji
 * character, a character to normalise, a character X refuses), given with the separator before it,
 * which its link pattern looks at, whose weight is then taken off again; its emoji search is switched
 * off for words without an emoji character, where it could find nothing;</li>
 * <li>every other character gets the weight the library's own configuration gives it, which is what
 * parseTweet adds for a character outside links and emoji.</li>
 * </ul>
 * The tests hold the result to parseTweet on whole texts and on every code point of planes 0 and 1.
 */
final class TwitterWeightedCounter implements TextCounter {
    private static final TwitterTextConfiguration DEFAULT = TwitterTextConfiguration.getDefaultConfig();
    private static final TwitterTextConfiguration DEFAULT_WITHOUT_EMOJI = build(DEFAULT.getMaxWeightedTweetLength(),
            DEFAULT.getTransformedURLLength(), false);
    /** Code points that may start or join an emoji sequence; ASCII keycap bases need U+FE0F or U+20E3 too. */
    private static final UnicodeSet EMOJI_CHARACTERS = new UnicodeSet(
            "[[[:Emoji:][:Emoji_Component:]]-[\\u0000-\\u007F]]").freeze(); //$NON-NLS-1$

    @Override
    public Measure measure(PostText post, TextRule rule) {
        String text = post.text();
        if (text.trim().isEmpty()) {
            return new Measure(0, -1); // parseTweet weighs a blank text 0
        }
        boolean normalized = Normalizer.isNormalized(text, Normalizer.Form.NFC);
        Tally tally = new Tally(rule.limit());
        int[] words = post.words();
        int position = 0;
        for (int k = 0; k < words.length; k += 2) {
            addCharacterWeights(text, position, words[k], tally); // white space
            addWord(post, words[k], words[k + 1], normalized, rule, tally);
            position = words[k + 1];
        }
        addCharacterWeights(text, position, text.length(), tally);
        return tally.measure();
    }

    private static void addWord(PostText post, int start, int end, boolean normalized, TextRule rule, Tally tally) {
        String text = post.text();
        boolean emoji = holdsEmojiCharacter(text, start, end);
        if (!emoji && !needsParser(post, start, end, normalized)) {
            addCharacterWeights(text, start, end, tally);
            return;
        }
        int from = PostText.withSeparatorBefore(start);
        String word = text.substring(from, end);
        int separator = from < start ? Weights.of(text.charAt(from)) : 0;
        int before = tally.count();
        int weight = TwitterTextParser.parseTweet(word, configuration(rule.limit(), rule.urlLength(), emoji)).weightedLength
                - separator;
        if (before + weight > rule.limit() && tally.overflowOffset() < 0) {
            int remaining = rule.limit() - before + separator;
            tally.addOverflowing(weight, from + overflowInWord(word, remaining, rule.urlLength(), emoji));
        } else {
            tally.add(weight, start);
        }
    }

    private static boolean holdsEmojiCharacter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 0x80 && EMOJI_CHARACTERS.contains(Character.codePointAt(text, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsParser(PostText post, int start, int end, boolean normalized) {
        String text = post.text();
        for (int i = start; i < end; i++) {
            if (TwitterCharacters.isRejected(text.charAt(i))) {
                return true;
            }
        }
        return post.mayHoldLink(start, end)
                || !normalized && !Normalizer.isNormalized(text.substring(start, end), Normalizer.Form.NFC);
    }

    /** Each code point's weight, as parseTweet gives a character that is neither in a link nor in an emoji. */
    private static void addCharacterWeights(String text, int start, int end, Tally tally) {
        int i = start;
        while (i < end) {
            int codePoint = text.codePointAt(i);
            tally.add(Weights.of(codePoint), i);
            i += Character.charCount(codePoint);
        }
    }

    /** Where in {@code word} (with its separator) the weight passes {@code remaining}, from the library's "valid range". */
    private static int overflowInWord(String word, int remaining, int urlLength, boolean emoji) {
        if (remaining <= 0) {
            return 0;
        }
        String normalizedWord = Normalizer.normalize(word, Normalizer.Form.NFC);
        // the valid range also stops at a refused character: stand-ins of the same weight keep it to the limit
        String forRange = TwitterCharacters.firstRejected(normalizedWord) >= 0
                ? TwitterCharacters.withoutRejected(normalizedWord)
                : normalizedWord;
        TwitterTextParseResults result = TwitterTextParser.parseTweet(forRange, configuration(remaining, urlLength, emoji));
        return NfcOffsets.toOriginal(word, normalizedWord, result.validTextRange.end + 1);
    }

    /** The library's own weights and scale, with the rule's limit and link length, searching emoji or not. */
    private static TwitterTextConfiguration configuration(int limit, int urlLength, boolean emoji) {
        boolean defaults = limit == DEFAULT.getMaxWeightedTweetLength() && urlLength == DEFAULT.getTransformedURLLength();
        if (defaults) {
            return emoji ? DEFAULT : DEFAULT_WITHOUT_EMOJI;
        }
        return build(limit, urlLength, emoji && DEFAULT.getEmojiParsingEnabled());
    }

    private static TwitterTextConfiguration build(int limit, int urlLength, boolean emoji) {
        return new TwitterTextConfiguration.Builder().setVersion(DEFAULT.getVersion()).setScale(DEFAULT.getScale())
                .setDefaultWeight(DEFAULT.getDefaultWeight()).setEmojiParsingEnabled(emoji).setRanges(DEFAULT.getRanges())
                .setMaxWeightedTweetLength(limit).setTransformedURLLength(urlLength).build();
    }

    /** Per code point weights from the default configuration's ranges, looked up once for the BMP. */
    private static final class Weights {
        private static final byte[] BMP = new byte[Character.MAX_VALUE + 1];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                BMP[c] = (byte) compute(c);
            }
        }

        static int of(int codePoint) {
            return codePoint <= Character.MAX_VALUE ? BMP[codePoint] : compute(codePoint);
        }

        /** parseTweet's rule: the first range holding the code point, else the default; over the scale. */
        private static int compute(int codePoint) {
            for (TwitterTextConfiguration.TwitterTextWeightedRange range : DEFAULT.getRanges()) {
                if (range.getRange().isInRange(codePoint)) {
                    return range.getWeight() / DEFAULT.getScale();
                }
            }
            return DEFAULT.getDefaultWeight() / DEFAULT.getScale();
        }
    }
}
