package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pregon.core.schedule.Rescheduling;
import org.pregon.core.schedule.SchedulingWindow;
import org.pregon.core.store.PostRepository;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.calendar.CalendarFilter;
import org.pregon.ui.calendar.CalendarGrid;
import org.pregon.ui.calendar.CalendarMode;
import org.pregon.ui.composer.ComposerInput;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.views.CalendarView;

/** The calendar grid on the demo workspace: placement, modes, filters, drag and drop, opening. */
public class CalendarUITest {

    @AfterEach
    public void closeEditors() {
        UiTestSupport.page().closeAllEditors(false);
    }

    @Test
    public void monthGridShowsEveryPostOfTheDemoOnItsDay() throws Exception {
        CalendarView calendar = UiTestSupport.show(CalendarView.ID);
        YearMonth month = monthOf(allPosts().get(0));
        calendar.show(month);
        UiTestSupport.processEvents();
        CalendarGrid grid = calendar.grid();
        assertEquals(CalendarMode.MONTH, grid.mode());
        List<Post> expected = posts(grid.start(), grid.start().plusDays(42));
        assertTrue(!expected.isEmpty(), "demo posts around " + month);
        assertEquals(ids(expected), ids(calendar.shownPosts()));
        for (CalendarGrid.Chip chip : grid.chips()) {
            Rectangle day = grid.dayBounds(localOf(chip.post()).toLocalDate());
            assertTrue(day.contains(chip.bounds().x, chip.bounds().y), chip.post().getId() + " on " + localOf(chip.post()));
        }
        int hidden = grid.hidden().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(expected.size(), grid.chips().size() + hidden, "every post is drawn or counted as +n");
    }

    @Test
    public void weekAndDayModesPlacePostsInTheirHalfHour() throws Exception {
        CalendarView calendar = UiTestSupport.show(CalendarView.ID);
        Post post = allPosts().get(0);
        LocalDateTime at = localOf(post);
        for (CalendarMode mode : List.of(CalendarMode.WEEK, CalendarMode.DAY)) {
            calendar.show(mode, at.toLocalDate());
            UiTestSupport.processEvents();
            CalendarGrid grid = calendar.grid();
            assertEquals(mode, calendar.mode());
            assertEquals(ids(posts(grid.start(), grid.start().plusDays(mode.days()))), ids(calendar.shownPosts()));
            CalendarGrid.Chip chip = grid.chipOf(post.getId()).orElseThrow();
            assertTrue(grid.slotBounds(at).intersects(chip.bounds()), mode + ": " + chip.bounds() + " at " + at);
            assertEquals(at.withMinute(at.getMinute() / 30 * 30).withSecond(0).withNano(0),
                    grid.slotAt(chip.bounds().x + 1, chip.bounds().y + 1).orElseThrow());
        }
    }

    @Test
    public void filtersNarrowThePostsShown() throws Exception {
        CalendarView calendar = UiTestSupport.show(CalendarView.ID);
        Post post = allPosts().get(0);
        calendar.show(monthOf(post));
        int all = calendar.shownPosts().size();
        String account = post.getVariants().get(0).getAccountId();
        calendar.filter(new CalendarFilter(account, null, null, null));
        try {
            assertTrue(calendar.shownPosts().size() <= all && !calendar.shownPosts().isEmpty());
            assertTrue(calendar.shownPosts().stream().allMatch(p -> p.getVariants().stream().anyMatch(v -> account.equals(v.getAccountId()))));
        } finally {
            calendar.filter(CalendarFilter.ALL);
        }
        assertEquals(all, calendar.shownPosts().size());
    }

    @Test
    public void droppingOnAnotherDayKeepsTheTimeSchedulesAndSaves() throws Exception {
        CalendarView calendar = UiTestSupport.show(CalendarView.ID);
        Post post = movable(PostStatus.APPROVED);
        LocalDateTime before = localOf(post);
        LocalDate target = before.toLocalDate().plusDays(before.getDayOfMonth() < 15 ? 3 : -3);
        calendar.show(YearMonth.from(before));
        Rescheduling outcome = calendar.dropOnDay(post, target);
        assertInstanceOf(Rescheduling.Moved.class, outcome);
        Post saved = WorkspaceSession.current().posts().find(post.getId()).orElseThrow();
        assertEquals(target.atTime(before.toLocalTime()), localOf(saved));
        assertEquals(PostStatus.SCHEDULED, saved.getStatus());
        assertTrue(!calendar.message().isEmpty());
        UiTestSupport.processEvents();
        Rectangle chip = calendar.grid().chipOf(post.getId()).orElseThrow().bounds();
        assertTrue(calendar.grid().dayBounds(target).contains(chip.x, chip.y), "redrawn on " + target);
    }

    @Test
    public void aTimeInTheSpringGapIsMovedAndSaidSo() throws Exception {
        CalendarView calendar = UiTestSupport.show(CalendarView.ID);
        // the demo's drafts have no date yet, so they are not on the calendar; a cancelled post is, and stays cancelled
        Post post = movable(PostStatus.CANCELLED);
        calendar.show(CalendarMode.DAY, LocalDate.parse("2026-03-29"));
        Rescheduling.Moved moved = assertInstanceOf(Rescheduling.Moved.class,
                calendar.drop(post, LocalDateTime.parse("2026-03-29T02:30")));
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), moved.at());
        Post saved = WorkspaceSession.current().posts().find(post.getId()).orElseThrow();
        assertEquals(Date.from(moved.at()), saved.getScheduledAt());
        assertEquals(PostStatus.CANCELLED, saved.getStatus());
        assertTrue(calendar.message().contains("3:30"), calendar.message());
        // the demo's dates lie in the past of this machine's clock or not; either is warned about accordingly
        assertTrue(moved.warnings().size() >= 1, moved.warnings().toString());
    }

    @Test
    public void aPublishedPostCannotBeMoved() throws Exception {
        CalendarView calendar = UiTestSupport.show(CalendarView.ID);
        Post published = allPosts().stream().filter(p -> p.getStatus() == PostStatus.PUBLISHED).findFirst().orElseThrow();
        calendar.show(monthOf(published));
        Rescheduling outcome = calendar.drop(published, localOf(published).plusDays(1));
        assertEquals(new Rescheduling.Refused(Rescheduling.Reason.PUBLISHED), outcome);
        assertEquals(PostRepository.calendarDate(published),
                PostRepository.calendarDate(WorkspaceSession.current().posts().find(published.getId()).orElseThrow()));
        assertTrue(!calendar.message().isEmpty());
    }

    @Test
    public void draggingAChipWithTheMouseReschedulesIt() throws Exception {
        CalendarView calendar = UiTestSupport.show(CalendarView.ID);
        Post post = movable(PostStatus.SCHEDULED);
        LocalDateTime before = localOf(post);
        calendar.show(CalendarMode.WEEK, before.toLocalDate());
        UiTestSupport.processEvents();
        CalendarGrid grid = calendar.grid();
        Rectangle chip = grid.chipOf(post.getId()).orElseThrow().bounds();
        LocalDateTime target = before.toLocalDate().plusDays(before.getDayOfWeek().getValue() < 4 ? 2 : -2).atTime(16, 30);
        Rectangle slot = grid.slotBounds(target);
        mouse(calendar, SWT.MouseDown, chip.x + 3, chip.y + 3);
        mouse(calendar, SWT.MouseMove, chip.x + 20, chip.y + 20);
        mouse(calendar, SWT.MouseMove, slot.x + slot.width / 2, slot.y + slot.height / 2);
        mouse(calendar, SWT.MouseUp, slot.x + slot.width / 2, slot.y + slot.height / 2);
        assertEquals(target, localOf(WorkspaceSession.current().posts().find(post.getId()).orElseThrow()));
    }

    @Test
    public void doubleClickOpensThePostInTheComposer() throws Exception {
        CalendarView calendar = UiTestSupport.show(CalendarView.ID);
        Post post = allPosts().get(0);
        calendar.show(CalendarMode.DAY, localOf(post).toLocalDate());
        UiTestSupport.processEvents();
        Rectangle chip = calendar.grid().chipOf(post.getId()).orElseThrow().bounds();
        mouse(calendar, SWT.MouseDoubleClick, chip.x + 3, chip.y + 3);
        UiTestSupport.processEvents();
        IEditorPart editor = UiTestSupport.page().getActiveEditor();
        assertEquals(new ComposerInput(post.getId()), editor.getEditorInput());
    }

    @Test
    public void facebookDeclaresItsNativeSchedulingWindow() {
        assertEquals(new SchedulingWindow(Duration.ofMinutes(10), Period.ofMonths(6)),
                WorkspaceSession.networks().find("facebook").orElseThrow().schedulingWindow().orElseThrow());
        assertTrue(WorkspaceSession.networks().find("x").orElseThrow().schedulingWindow().isEmpty());
    }

    private static void mouse(CalendarView calendar, int type, int x, int y) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = 1;
        calendar.getCanvas().notifyListeners(type, event);
    }

    /** A demo post with {@code status}, which no other test moves. */
    private static Post movable(PostStatus status) {
        return allPosts().stream().filter(p -> p.getStatus() == status).reduce((a, b) -> b).orElseThrow();
    }

    private static List<Post> allPosts() {
        return WorkspaceSession.current().posts().between(new Date(0), new Date(Long.MAX_VALUE / 4));
    }

    private static List<Post> posts(LocalDate from, LocalDate to) {
        return WorkspaceSession.current().posts().between(Date.from(from.atStartOfDay(Labels.ZONE).toInstant()),
                Date.from(to.atStartOfDay(Labels.ZONE).toInstant()));
    }

    private static List<String> ids(List<Post> posts) {
        return posts.stream().map(Post::getId).toList();
    }

    private static LocalDateTime localOf(Post post) {
        return LocalDateTime.ofInstant(PostRepository.calendarDate(post).toInstant(), Labels.ZONE);
    }

    private static YearMonth monthOf(Post post) {
        return YearMonth.from(localOf(post));
    }
}
