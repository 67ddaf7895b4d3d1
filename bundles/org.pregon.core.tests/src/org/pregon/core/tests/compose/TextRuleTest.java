package org.pregon.core.tests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pregon.core.compose.CountingKind;
import org.pregon.core.compose.NetworkTextRules;
import org.pregon.core.compose.TextRule;

/** What a network plugin declares in plugin.xml becomes a rule without the plugin's code. */
public class TextRuleTest {

    @Test
    public void aPluginDeclarationNamesTheCountingById() {
        Map<String, String> declared = Map.of("counting", "twitter-weighted", "limit", "280");
        TextRule rule = TextRule.fromAttributes("X", declared::get);
        assertEquals(CountingKind.TWITTER_WEIGHTED, rule.counting());
        assertEquals(NetworkTextRules.X, rule);
    }

    @Test
    public void optionalAttributesCarryTheExtraLimits() {
        TextRule bluesky = TextRule.fromAttributes("Bluesky",
                Map.of("counting", "graphemes", "limit", "300", "maxBytes", "3000")::get);
        assertEquals(NetworkTextRules.BLUESKY, bluesky);
        TextRule instagram = TextRule.fromAttributes("Instagram", Map.of("counting", "characters", "limit", "2200",
                "maxHashtags", "30", "linksClickable", "false")::get);
        assertEquals(NetworkTextRules.INSTAGRAM, instagram);
        assertFalse(instagram.linksClickable());
        TextRule mastodon = TextRule.fromAttributes("Mastodon",
                Map.of("counting", "mastodon", "limit", "1000", "urlLength", "30")::get);
        assertEquals(NetworkTextRules.mastodon(1_000, 30), mastodon);
    }

    @Test
    public void everyKindIsFoundByItsId() {
        for (CountingKind kind : CountingKind.values()) {
            assertEquals(kind, CountingKind.fromId(kind.id()));
        }
        assertEquals("characters twitter-weighted graphemes mastodon threads utf8-bytes",
                String.join(" ", java.util.Arrays.stream(CountingKind.values()).map(CountingKind::id).toList()));
    }

    @Test
    public void anUnknownKindOrAMissingLimitIsAPluginError() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> TextRule.fromAttributes("Nova", Map.of("counting", "words", "limit", "10")::get));
        assertTrue(unknown.getMessage().contains("'words'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("twitter-weighted"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TextRule.fromAttributes("Nova", Map.of("counting", "characters")::get));
        assertThrows(IllegalArgumentException.class,
                () -> TextRule.fromAttributes("Nova", Map.of("counting", "characters", "limit", "many")::get));
        assertThrows(IllegalArgumentException.class, () -> TextRule.of("Nova", CountingKind.CHARACTERS, 0));
    }
}
