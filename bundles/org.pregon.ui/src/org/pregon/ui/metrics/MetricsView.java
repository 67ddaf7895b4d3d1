package org.pregon.ui.metrics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.pregon.core.metrics.BusinessHours;
import org.pregon.core.metrics.Figures;
import org.pregon.core.metrics.MetricsQuery;
import org.pregon.core.metrics.MetricsReport;
import org.pregon.core.metrics.ResponseMetrics;
import org.pregon.core.metrics.ResponseTimes;
import org.pregon.core.metrics.TrendPeriod;
import org.pregon.core.metrics.WorkspaceMetrics;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.ui.WorkspaceSession;

/**
 * Response metrics dashboard: rate, effective rate, Facebook-style time, median, quickest and slowest
 * for a period, in calendar or business time, per account, network and person, and the weekly trend.
 * The workspace's conversations are read and the figures computed in a Job; the business hours are a
 * workspace setting shared by the team.
 */
public class MetricsView extends ViewPart {
    public static final String ID = "org.pregon.ui.metrics.view"; //$NON-NLS-1$

    /** The headline figures, in the order shown. */
    public enum Figure {
        RATE, EFFECTIVE_RATE, RESPONSE_TIME, MEDIAN, QUICKEST, SLOWEST
    }

    /** Breakdowns, one tab each. */
    public enum Breakdown {
        ACCOUNT, NETWORK, PERSON
    }

    private static final int LAST_7 = 0;
    private static final int LAST_30 = 1;
    private static final int LAST_12_MONTHS = 2;
    private static final int ALL = 3;
    private static final int CUSTOM = 4;

    private Combo period;
    private DateTime from;
    private DateTime to;
    private Button calendarTime;
    private Button businessTime;
    private Text hoursSpec;
    private Label status;
    private final Map<Figure, Label> values = new EnumMap<>(Figure.class);
    private final Map<Figure, Label> details = new EnumMap<>(Figure.class);
    private TrendChart chart;
    private final Map<Breakdown, BreakdownTable> breakdowns = new EnumMap<>(Breakdown.class);

    private ZoneId zone;
    private BusinessHours savedHours;
    private String savedHoursProblem;
    /** The requests of the workspace, found once per load; reports for other periods reuse them. */
    private volatile ResponseMetrics analyzed;
    private int requested;
    private int completed;
    private MetricsReport shown;
    private Job lastJob;

    @Override
    public void createPartControl(Composite parent) {
        Workspace workspace = WorkspaceSession.current();
        zone = WorkspaceMetrics.zone(workspace);
        parent.setLayout(new GridLayout(1, false));

        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.spacing = 6;
        bar.setLayout(row);
        new Label(bar, SWT.NONE).setText(MetricsUiMessages.Metrics_period);
        period = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        period.setItems(MetricsUiMessages.Metrics_last7, MetricsUiMessages.Metrics_last30, MetricsUiMessages.Metrics_last12Months,
                MetricsUiMessages.Metrics_allTime, MetricsUiMessages.Metrics_custom);
        from = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        new Label(bar, SWT.NONE).setText(MetricsUiMessages.Metrics_to);
        to = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        calendarTime = new Button(bar, SWT.RADIO);
        calendarTime.setText(MetricsUiMessages.Metrics_calendarTime);
        calendarTime.setSelection(true);
        businessTime = new Button(bar, SWT.RADIO);
        businessTime.setText(MetricsUiMessages.Metrics_businessTime);
        Button refresh = new Button(bar, SWT.PUSH);
        refresh.setText(MetricsUiMessages.Metrics_refresh);

        Composite hoursBar = new Composite(parent, SWT.NONE);
        hoursBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        hoursBar.setLayout(new GridLayout(3, false));
        new Label(hoursBar, SWT.NONE).setText(MetricsUiMessages.Metrics_businessHours);
        hoursSpec = new Text(hoursBar, SWT.BORDER | SWT.SINGLE);
        hoursSpec.setMessage(MetricsUiMessages.Metrics_businessHoursHint);
        hoursSpec.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button save = new Button(hoursBar, SWT.PUSH);
        save.setText(MetricsUiMessages.Metrics_save);

        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        // below the controls everything scrolls, so a small view still reaches the chart and the tables
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        Composite body = new Composite(scroller, SWT.NONE);
        GridLayout bodyLayout = new GridLayout(1, false);
        bodyLayout.marginWidth = 0;
        bodyLayout.marginHeight = 0;
        body.setLayout(bodyLayout);
        scroller.setContent(body);

        Composite cards = new Composite(body, SWT.NONE);
        cards.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        cards.setLayout(new GridLayout(Figure.values().length, true));
        for (Figure figure : Figure.values()) {
            card(cards, figure);
        }

        SashForm sash = new SashForm(body, SWT.VERTICAL);
        GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
        sashData.heightHint = 460;
        sash.setLayoutData(sashData);
        chart = new TrendChart(sash);
        TabFolder tabs = new TabFolder(sash, SWT.TOP);
        tab(tabs, Breakdown.ACCOUNT, MetricsUiMessages.Metrics_byAccount, true);
        tab(tabs, Breakdown.NETWORK, MetricsUiMessages.Metrics_byNetwork, true);
        tab(tabs, Breakdown.PERSON, MetricsUiMessages.Metrics_byPerson, false);
        sash.setWeights(2, 3);
        scroller.setMinHeight(body.computeSize(SWT.DEFAULT, SWT.DEFAULT).y);

        hoursSpec.setText(WorkspaceMetrics.businessHoursSpec(workspace));
        loadSavedHours(workspace);
        period.select(LAST_30);
        applyPeriod();

        period.addListener(SWT.Selection, e -> {
            applyPeriod();
            recompute(false);
        });
        from.addListener(SWT.Selection, e -> customPeriod());
        to.addListener(SWT.Selection, e -> customPeriod());
        calendarTime.addListener(SWT.Selection, e -> {
            if (calendarTime.getSelection()) {
                recompute(false);
            }
        });
        businessTime.addListener(SWT.Selection, e -> {
            if (businessTime.getSelection()) {
                recompute(false);
            }
        });
        refresh.addListener(SWT.Selection, e -> recompute(true));
        save.addListener(SWT.Selection, e -> saveBusinessHours(hoursSpec.getText()));
        recompute(true);
    }

    private void card(Composite parent, Figure figure) {
        Composite card = new Composite(parent, SWT.BORDER);
        card.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        card.setLayout(new GridLayout(1, false));
        new Label(card, SWT.NONE).setText(title(figure));
        Label value = new Label(card, SWT.NONE);
        value.setFont(JFaceResources.getHeaderFont());
        value.setText(Durations.NONE);
        value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label detail = new Label(card, SWT.WRAP);
        detail.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        values.put(figure, value);
        details.put(figure, detail);
    }

    private void tab(TabFolder tabs, Breakdown breakdown, String title, boolean rates) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        BreakdownTable table = new BreakdownTable(tabs, rates);
        item.setControl(table.control());
        breakdowns.put(breakdown, table);
    }

    private static String title(Figure figure) {
        return switch (figure) {
            case RATE -> MetricsUiMessages.Metrics_responseRate;
            case EFFECTIVE_RATE -> MetricsUiMessages.Metrics_effectiveRate;
            case RESPONSE_TIME -> MetricsUiMessages.Metrics_responseTime;
            case MEDIAN -> MetricsUiMessages.Metrics_median;
            case QUICKEST -> MetricsUiMessages.Metrics_quickest;
            case SLOWEST -> MetricsUiMessages.Metrics_slowest;
        };
    }

    private void loadSavedHours(Workspace workspace) {
        try {
            savedHours = WorkspaceMetrics.businessHours(workspace).orElse(null);
            savedHoursProblem = null;
        } catch (IllegalArgumentException e) {
            savedHours = null;
            savedHoursProblem = NLS.bind(MetricsUiMessages.Metrics_badSavedHours, e.getMessage());
        }
    }

    /** Sets the date pickers from the chosen preset; "all time" and "custom" leave them as they are. */
    private void applyPeriod() {
        int choice = period.getSelectionIndex();
        LocalDate today = LocalDate.now(zone);
        LocalDate first = switch (choice) {
            case LAST_7 -> today.minusDays(6);
            case LAST_30 -> today.minusDays(29);
            case LAST_12_MONTHS -> today.minusMonths(12).plusDays(1);
            default -> null;
        };
        if (first != null) {
            set(from, first);
            set(to, today);
        }
        boolean dated = choice != ALL;
        from.setEnabled(dated);
        to.setEnabled(dated);
    }

    private void customPeriod() {
        period.select(CUSTOM);
        recompute(false);
    }

    private static void set(DateTime widget, LocalDate date) {
        widget.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    }

    private static LocalDate get(DateTime widget) {
        return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
    }

    /** The query the controls describe; null when they describe none (shown in the status line). */
    private MetricsQuery query() {
        boolean all = period.getSelectionIndex() == ALL;
        LocalDate first = all ? null : get(from);
        LocalDate last = all ? null : get(to);
        if (first != null && last.isBefore(first)) {
            LocalDate swap = first;
            first = last;
            last = swap;
        }
        BusinessHours hours = businessTime.getSelection() ? savedHours : null;
        return MetricsQuery.days(first, last, hours != null ? hours.zone() : zone, hours, TrendPeriod.WEEK);
    }

    /** Computes the figures in a Job; {@code reload} reads the conversations again first. */
    public void recompute(boolean reload) {
        if (businessTime.getSelection() && savedHours == null) {
            status.setText(savedHoursProblem != null ? savedHoursProblem : MetricsUiMessages.Metrics_noBusinessHours);
        } else {
            status.setText(MetricsUiMessages.Metrics_computing);
        }
        MetricsQuery query = query();
        Workspace workspace = WorkspaceSession.current();
        int generation = ++requested;
        boolean showBusiness = query.businessHours() != null;
        org.eclipse.swt.widgets.Display display = status.getDisplay();
        Job job = new Job(MetricsUiMessages.Metrics_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    ResponseMetrics metrics = analyzed;
                    if (reload || metrics == null) {
                        metrics = WorkspaceMetrics.analyze(workspace, monitor);
                        analyzed = metrics;
                    }
                    MetricsReport report = metrics.report(query);
                    display.asyncExec(() -> show(generation, report, showBusiness));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    display.asyncExec(() -> failed(generation, e));
                    return Status.error(NLS.bind(MetricsUiMessages.Metrics_failed, e.getMessage()), e);
                }
            }
        };
        job.setPriority(Job.SHORT);
        Job previous = lastJob;
        if (previous != null) {
            previous.cancel();
        }
        lastJob = job;
        job.schedule();
    }

    private void show(int generation, MetricsReport report, boolean business) {
        if (status.isDisposed() || generation != requested) {
            return; // a newer computation is on its way
        }
        completed = generation;
        shown = report;
        Figures f = report.overall();
        ResponseTimes times = business ? f.business() : f.calendar();
        values.get(Figure.RATE).setText(Durations.rate(f.responseRate()));
        details.get(Figure.RATE).setText(NLS.bind(MetricsUiMessages.Metrics_rateDetail, Durations.count(f.answered()),
                Durations.count(f.requests())));
        values.get(Figure.EFFECTIVE_RATE).setText(Durations.rate(f.effectiveRate()));
        details.get(Figure.EFFECTIVE_RATE).setText(NLS.bind(MetricsUiMessages.Metrics_effectiveDetail,
                Durations.count(f.effectiveAnswered()), Durations.count(f.effectiveRequests())));
        values.get(Figure.RESPONSE_TIME).setText(Durations.time(times.responseTimeSeconds()));
        details.get(Figure.RESPONSE_TIME).setText(NLS.bind(MetricsUiMessages.Metrics_timeDetail, Durations.count(times.count())));
        values.get(Figure.MEDIAN).setText(Durations.time(times.medianSeconds()));
        values.get(Figure.QUICKEST).setText(Durations.time(times.quickestSeconds()));
        values.get(Figure.SLOWEST).setText(Durations.time(times.slowestSeconds()));
        if (business) {
            status.setText(NLS.bind(MetricsUiMessages.Metrics_summaryBusiness, new Object[] { Durations.count(f.requests()),
                    Durations.count(f.answered()), report.query().businessHours().spec() }));
        } else if (!businessTime.getSelection()) {
            status.setText(NLS.bind(MetricsUiMessages.Metrics_summary, new Object[] { Durations.count(f.requests()),
                    Durations.count(f.answered()), report.query().zone().getId() }));
        }
        Map<String, String> accountNames = accountNames();
        breakdowns.get(Breakdown.ACCOUNT).show(report.byAccount(), id -> accountNames.getOrDefault(id, id), business);
        breakdowns.get(Breakdown.NETWORK).show(report.byNetwork(), MetricsView::networkName, business);
        breakdowns.get(Breakdown.PERSON).show(report.byPerson(),
                person -> person.isEmpty() ? MetricsUiMessages.Metrics_outsidePregon : person, business);
        chart.show(report.trend(), business);
        status.getParent().layout(true, true);
    }

    private void failed(int generation, RuntimeException e) {
        if (!status.isDisposed() && generation == requested) {
            completed = generation;
            status.setText(NLS.bind(MetricsUiMessages.Metrics_failed, e.getMessage()));
        }
    }

    private static Map<String, String> accountNames() {
        Map<String, String> names = new HashMap<>();
        for (Account account : WorkspaceSession.current().accounts().list()) {
            String name = account.getDisplayName() != null && !account.getDisplayName().isBlank() ? account.getDisplayName()
                    : account.getHandle();
            names.put(account.getId(), name + " (" + networkName(account.getNetworkKind()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return names;
    }

    private static String networkName(String kind) {
        return WorkspaceSession.networks().find(kind).map(NetworkDescriptor::name).orElse(kind);
    }

    /** Checks and saves the business hours for the workspace; a bad spec is explained and kept in the field as typed. */
    public boolean saveBusinessHours(String spec) {
        hoursSpec.setText(spec);
        Workspace workspace = WorkspaceSession.current();
        try {
            BusinessHours hours = spec.isBlank() ? null : BusinessHours.parse(spec);
            WorkspaceMetrics.saveBusinessHours(workspace, hours);
            savedHours = hours;
            savedHoursProblem = null;
            if (hours != null) {
                hoursSpec.setText(hours.spec());
            }
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return false;
        }
        recompute(false);
        if (!businessTime.getSelection()) {
            status.setText(MetricsUiMessages.Metrics_saved);
        }
        return true;
    }

    /** Shows a period of whole days (both included); null for both: all time. */
    public void showPeriod(LocalDate first, LocalDate last) {
        if (first == null && last == null) {
            period.select(ALL);
            applyPeriod();
        } else {
            period.select(CUSTOM);
            applyPeriod();
            set(from, first);
            set(to, last);
        }
        recompute(false);
    }

    /** Calendar time (false) or business time (true). */
    public void showBusinessTime(boolean business) {
        businessTime.setSelection(business);
        calendarTime.setSelection(!business);
        recompute(false);
    }

    /** Whether the figures shown are those of the latest request (no computation pending). */
    public boolean isUpToDate() {
        return completed == requested;
    }

    /** The report shown, or null before the first one. */
    public MetricsReport report() {
        return shown;
    }

    public String figure(Figure figure) {
        return values.get(figure).getText();
    }

    public String status() {
        return status.getText();
    }

    public String businessHoursText() {
        return hoursSpec.getText();
    }

    public List<String[]> breakdown(Breakdown breakdown) {
        return breakdowns.get(breakdown).rows();
    }

    public int trendPoints() {
        return chart.points().size();
    }

    @Override
    public void setFocus() {
        period.setFocus();
    }

    @Override
    public void dispose() {
        Job job = lastJob;
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
