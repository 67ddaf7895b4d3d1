package org.pregon.ui.views;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.schedule.Rescheduler;
import org.pregon.core.schedule.Rescheduling;
import org.pregon.core.schedule.ScheduleTarget;
import org.pregon.model.Account;
import org.pregon.model.Campaign;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.Segment;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.calendar.CalendarFilter;
import org.pregon.ui.calendar.CalendarGrid;
import org.pregon.ui.calendar.CalendarMode;
import org.pregon.ui.calendar.CalendarMouse;
import org.pregon.ui.calendar.CalendarPainter;
import org.pregon.ui.calendar.NetworkMarkers;
import org.pregon.ui.calendar.ScheduleTexts;
import org.pregon.ui.calendar.StatusColors;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.internal.Messages;

/**
 * Posts by the date they went out or are due, as a month, week or day grid in the users' time zone
 * (shown explicitly, because the store keeps UTC instants). Dragging a post to another day or slot
 * reschedules it through {@link #drop(Post, LocalDateTime)}.
 */
public class CalendarView extends ViewPart {
    public static final String ID = "org.pregon.ui.views.calendar"; //$NON-NLS-1$

    private final Clock clock = Clock.systemUTC();
    private final Rescheduler rescheduler = new Rescheduler(Labels.ZONE);
    private CalendarMode mode = CalendarMode.MONTH;
    private LocalDate anchor;
    private CalendarFilter filter = CalendarFilter.ALL;
    private List<Post> posts = List.of();
    private CalendarGrid grid;
    private Rectangle dropTarget;

    private Label title;
    private CLabel message;
    private ScrolledComposite scroller;
    private Canvas canvas;
    private CalendarPainter painter;
    private final List<Button> modeToggles = new ArrayList<>();
    private Map<String, Account> accounts;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        accounts = WorkspaceSession.current().accounts().list().stream()
                .collect(Collectors.toMap(Account::getId, a -> a, (a, b) -> a, java.util.LinkedHashMap::new));
        createNavigation(parent);
        createFilters(parent);
        createLegend(parent);
        message = new CLabel(parent, SWT.NONE);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        message.setText(Messages.Calendar_dragHint);
        createCanvas(parent);
        show(CalendarMode.MONTH, LocalDate.now(clock.withZone(Labels.ZONE)));
    }

    private void createNavigation(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(8, false));
        button(bar, SWT.PUSH, Messages.Calendar_previous, () -> show(mode, mode.step(anchor, -1)));
        button(bar, SWT.PUSH, Messages.Calendar_today, () -> show(mode, LocalDate.now(clock.withZone(Labels.ZONE))));
        button(bar, SWT.PUSH, Messages.Calendar_next, () -> show(mode, mode.step(anchor, 1)));
        modeToggles.add(button(bar, SWT.TOGGLE, Messages.Calendar_month, () -> show(CalendarMode.MONTH, anchor)));
        modeToggles.add(button(bar, SWT.TOGGLE, Messages.Calendar_week, () -> show(CalendarMode.WEEK, anchor)));
        modeToggles.add(button(bar, SWT.TOGGLE, Messages.Calendar_day, () -> show(CalendarMode.DAY, anchor)));
        title = new Label(bar, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label zone = new Label(bar, SWT.NONE);
        zone.setText(NLS.bind(Messages.Calendar_timeZone, Labels.ZONE.getDisplayName(TextStyle.FULL, Locale.getDefault())
                + " (" + Labels.ZONE.getId() + ")")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void createFilters(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new RowLayout());
        Map<String, String> accountNames = new java.util.LinkedHashMap<>();
        accounts.values().forEach(a -> accountNames.put(a.getId(), a.getNetworkKind() + " " + a.getHandle())); //$NON-NLS-1$
        Map<String, String> campaigns = WorkspaceSession.current().campaigns().list().stream()
                .collect(Collectors.toMap(Campaign::getId, Campaign::getName, (a, b) -> a, java.util.LinkedHashMap::new));
        Map<String, String> segments = WorkspaceSession.current().segments().list().stream()
                .collect(Collectors.toMap(Segment::getId, Segment::getName, (a, b) -> a, java.util.LinkedHashMap::new));
        Map<String, String> languages = new java.util.LinkedHashMap<>();
        accounts.values().stream().flatMap(a -> a.getLanguages().stream()).distinct()
                .forEach(l -> languages.put(l, Locale.forLanguageTag(l).getDisplayLanguage() + " (" + l + ")")); //$NON-NLS-1$ //$NON-NLS-2$
        filterCombo(bar, Messages.Calendar_account, accountNames, id -> new CalendarFilter(id, filter.campaignId(), filter.segmentId(), filter.language()));
        filterCombo(bar, Messages.Calendar_campaign, campaigns, id -> new CalendarFilter(filter.accountId(), id, filter.segmentId(), filter.language()));
        filterCombo(bar, Messages.Calendar_segment, segments, id -> new CalendarFilter(filter.accountId(), filter.campaignId(), id, filter.language()));
        filterCombo(bar, Messages.Calendar_language, languages, id -> new CalendarFilter(filter.accountId(), filter.campaignId(), filter.segmentId(), id));
    }

    private void filterCombo(Composite parent, String name, Map<String, String> choices, Function<String, CalendarFilter> narrowed) {
        new Label(parent, SWT.NONE).setText(name);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        List<String> ids = new ArrayList<>();
        ids.add(null);
        combo.add(Messages.Calendar_any);
        choices.forEach((id, label) -> {
            ids.add(id);
            combo.add(label);
        });
        combo.select(0);
        combo.addListener(SWT.Selection, e -> filter(narrowed.apply(ids.get(combo.getSelectionIndex()))));
    }

    private void createLegend(Composite parent) {
        Composite legend = new Composite(parent, SWT.NONE);
        legend.setLayout(new RowLayout());
        new Label(legend, SWT.NONE).setText(Messages.Calendar_legend);
        for (PostStatus status : PostStatus.VALUES) {
            Label swatch = new Label(legend, SWT.BORDER);
            swatch.setText(" " + Labels.of(status) + " "); //$NON-NLS-1$ //$NON-NLS-2$
            Color colour = new Color(parent.getDisplay(), StatusColors.of(status));
            swatch.setBackground(colour);
            swatch.addListener(SWT.Dispose, e -> colour.dispose());
        }
    }

    private void createCanvas(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.BORDER);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        scroller.setContent(canvas);
        List<String> kinds = WorkspaceSession.networks().networks().stream().map(NetworkDescriptor::kind).toList();
        painter = new CalendarPainter(new NetworkMarkers(kinds), this::networkKinds);
        canvas.addListener(SWT.Paint, e -> painter.paint(e.gc, grid(), YearMonth.from(anchor),
                LocalDate.now(clock.withZone(Labels.ZONE)), dropTarget));
        canvas.addListener(SWT.Resize, e -> grid = null);
        scroller.addListener(SWT.Resize, e -> resizeCanvas());
        new CalendarMouse(canvas, this::grid, d -> dropAt(d.post(), d.x(), d.y()), this::open, this::hover);
    }

    /** Shows the month of {@code shown}; public so tests and other views can navigate. */
    public void show(YearMonth shown) {
        show(CalendarMode.MONTH, shown.atDay(1));
    }

    /** Shows the month, week or day around {@code day}, reading its posts from the store. */
    public void show(CalendarMode shownMode, LocalDate day) {
        mode = shownMode;
        anchor = day;
        for (int i = 0; i < modeToggles.size(); i++) {
            modeToggles.get(i).setSelection(CalendarMode.values()[i] == mode);
        }
        refresh();
    }

    /** Reads the shown range again and repaints. */
    public void refresh() {
        LocalDate start = mode.start(anchor);
        Date from = Date.from(start.atStartOfDay(Labels.ZONE).toInstant());
        Date to = Date.from(start.plusDays(mode.days()).atStartOfDay(Labels.ZONE).toInstant());
        posts = WorkspaceSession.current().posts().between(from, to).stream().filter(filter).toList();
        title.setText(title(start));
        title.getParent().layout(true);
        resizeCanvas();
    }

    public void filter(CalendarFilter shown) {
        filter = Objects.requireNonNull(shown);
        refresh();
    }

    /**
     * Moves {@code post} to {@code wanted} (local time in the users' zone), exactly as a drop on the
     * canvas does: applies the rescheduling rules, saves, repaints and shows the outcome and warnings.
     */
    public Rescheduling drop(Post post, LocalDateTime wanted) {
        Post current = WorkspaceSession.current().posts().find(post.getId()).orElse(post);
        Rescheduling outcome = rescheduler.plan(current, wanted, clock.instant(), this::targetOf);
        if (outcome instanceof Rescheduling.Moved moved) {
            Rescheduler.apply(current, moved, clock.instant());
            WorkspaceSession.current().posts().save(current);
        }
        message.setText(ScheduleTexts.of(outcome) + ScheduleTexts.handedOver(current, this::networkName));
        message.setImage(getSite().getShell().getDisplay().getSystemImage(
                outcome instanceof Rescheduling.Moved m && m.warnings().isEmpty() ? SWT.ICON_INFORMATION : SWT.ICON_WARNING));
        message.getParent().layout(true);
        refresh();
        return outcome;
    }

    /** A drop on a day (month mode) keeps the post's local time of day. */
    public Rescheduling dropOnDay(Post post, LocalDate day) {
        return drop(post, rescheduler.sameTimeOn(post, day));
    }

    private void dropAt(Post post, int x, int y) {
        Optional<LocalDateTime> slot = grid().slotAt(x, y);
        if (slot.isPresent()) {
            drop(post, slot.get());
        } else {
            grid().dayAt(x, y).ifPresent(day -> dropOnDay(post, day));
        }
    }

    private void hover(Point at) {
        Rectangle target = null;
        if (at != null) {
            target = grid().slotAt(at.x, at.y).map(grid()::slotBounds)
                    .or(() -> grid().dayAt(at.x, at.y).map(grid()::dayBounds)).orElse(null);
        }
        if (!Objects.equals(target, dropTarget)) {
            dropTarget = target;
            canvas.redraw();
        }
    }

    private ScheduleTarget targetOf(String accountId) {
        Account account = accounts.get(accountId);
        if (account == null) {
            return null;
        }
        return WorkspaceSession.networks().find(account.getNetworkKind())
                .map(n -> new ScheduleTarget(n.name(), n.capabilities().nativeScheduling() ? n.schedulingWindow().orElse(null) : null))
                .orElse(null);
    }

    /** The display name of the network the account is on, or null. */
    private String networkName(String accountId) {
        Account account = accounts.get(accountId);
        return account == null ? null
                : WorkspaceSession.networks().find(account.getNetworkKind()).map(n -> n.name()).orElse(account.getNetworkKind());
    }

    private List<String> networkKinds(Post post) {
        return post.getVariants().stream().map(PostVariant::getAccountId).map(accounts::get).filter(Objects::nonNull)
                .map(Account::getNetworkKind).distinct().toList();
    }

    private void open(Post post) {
        try {
            getSite().getPage().openEditor(new org.pregon.ui.composer.ComposerInput(post.getId()),
                    org.pregon.ui.composer.ComposerEditor.ID);
        } catch (org.eclipse.ui.PartInitException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), null, null, e.getStatus());
        }
    }

    private String title(LocalDate start) {
        String range = switch (mode) {
            case MONTH -> anchor.format(DateTimeFormatter.ofPattern("LLLL yyyy", Locale.getDefault())); //$NON-NLS-1$
            case WEEK -> NLS.bind(Messages.Calendar_weekTitle,
                    start.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.getDefault())));
            case DAY -> anchor.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.getDefault()));
        };
        return posts.isEmpty() ? NLS.bind(Messages.Calendar_empty, range) : NLS.bind(Messages.Calendar_count, range, posts.size());
    }

    private void resizeCanvas() {
        Rectangle area = scroller.getClientArea();
        int height = CalendarGrid.preferredHeight(mode, area.height);
        scroller.setMinSize(0, mode == CalendarMode.MONTH ? 0 : height);
        grid = null;
        canvas.redraw();
    }

    /** The grid for the current size and posts, computed again after every change. */
    public CalendarGrid grid() {
        if (grid == null) {
            Rectangle size = canvas.getClientArea();
            grid = new CalendarGrid(mode, mode.start(anchor), size.width, size.height, posts, Labels.ZONE);
        }
        return grid;
    }

    public CalendarMode mode() {
        return mode;
    }

    /** The month shown, or the month of the week or day shown. */
    public YearMonth month() {
        return YearMonth.from(anchor);
    }

    /** The posts in the shown range that pass the filters, in calendar order. */
    public List<Post> shownPosts() {
        return posts;
    }

    public Canvas getCanvas() {
        return canvas;
    }

    public String message() {
        return message.getText();
    }

    private static Button button(Composite parent, int style, String text, Runnable action) {
        Button button = new Button(parent, style);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
