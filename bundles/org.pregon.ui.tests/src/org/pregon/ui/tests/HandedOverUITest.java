package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;

import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pregon.core.schedule.Rescheduling;
import org.pregon.core.store.PostRepository;
import org.pregon.model.Account;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.calendar.CalendarMode;
import org.pregon.ui.composer.ComposerEditor;
import org.pregon.ui.composer.ComposerInput;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.views.CalendarView;

/**
 * A post handed over to Facebook's own scheduler says so: the composer's account row names the network
 * and the time it has, and moving the post in the calendar says the network gets the new time.
 */
public class HandedOverUITest {

    @AfterEach
    public void closeEditors() {
        UiTestSupport.page().closeAllEditors(false);
    }

    @Test
    public void theComposerAndTheCalendarSayWhereAHandedOverPostWaits() throws Exception {
        Post post = handedOverToFacebook();
        ComposerEditor editor = (ComposerEditor) UiTestSupport.page().openEditor(new ComposerInput(post.getId()), ComposerEditor.ID);
        UiTestSupport.processEvents();
        String row = null;
        for (TableItem item : editor.variantsTable().getItems()) {
            if (item.getText(0).startsWith("facebook")) {
                row = item.getText(3);
            }
        }
        String expectedTime = Labels.dateTime().format(post.getScheduledAt().toInstant());
        assertTrue(row != null && row.startsWith("Handed over to Facebook (scheduled there for " + expectedTime + ")"), row);
        UiTestSupport.page().closeAllEditors(false);

        CalendarView calendar = UiTestSupport.show(CalendarView.ID);
        LocalDateTime at = LocalDateTime.ofInstant(post.getScheduledAt().toInstant(), Labels.ZONE);
        calendar.show(CalendarMode.DAY, at.toLocalDate());
        assertInstanceOf(Rescheduling.Moved.class, calendar.drop(post, at.plusHours(at.getHour() < 12 ? 1 : -1)));
        assertTrue(calendar.message().contains("It was handed over to Facebook, which publishes it there"), calendar.message());
    }

    /** A scheduled demo post with a Facebook variant, marked as the hand-over service marks it. */
    private static Post handedOverToFacebook() {
        for (Post post : WorkspaceSession.current().posts().between(new Date(0), new Date(Long.MAX_VALUE / 4))) {
            // (the composer cannot open demo posts whose images are web addresses, not files: a separate bug)
            if (post.getStatus() != PostStatus.SCHEDULED || post.getScheduledAt() == null || !post.getMedia().isEmpty()) {
                continue;
            }
            for (PostVariant variant : post.getVariants()) {
                Account account = WorkspaceSession.current().accounts().find(variant.getAccountId()).orElse(null);
                if (account != null && "facebook".equals(account.getNetworkKind())
                        && PostRepository.dueAt(post, variant) != null) {
                    variant.setHandedOverAt(Date.from(Instant.now()));
                    variant.setHandedOverFor(post.getScheduledAt());
                    WorkspaceSession.current().posts().save(post);
                    return post;
                }
            }
        }
        throw new AssertionError("the demo has a scheduled post on Facebook");
    }
}
