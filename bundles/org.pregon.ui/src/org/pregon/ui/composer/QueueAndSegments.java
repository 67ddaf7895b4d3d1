package org.pregon.ui.composer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.pregon.core.schedule.Queue;
import org.pregon.core.schedule.QueuePlacement;
import org.pregon.core.schedule.QueueService;
import org.pregon.core.schedule.ScheduleWarning;
import org.pregon.core.segments.NetworkFacts;
import org.pregon.core.segments.SegmentPlan;
import org.pregon.core.segments.SegmentVariants;
import org.pregon.core.store.Workspace;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;
import org.pregon.model.Segment;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.internal.TeamMessages;

/**
 * The composer's segments and queue: which segments the post is for, what that means on each of its
 * networks, and "Add to queue" with the time it chose. Kept apart from the editor so the editor only
 * places it and refreshes it.
 */
final class QueueAndSegments {
    private final Post post;
    private final Runnable changed;
    private final List<Button> segmentBoxes = new ArrayList<>();
    private final Label lines;
    private final Composite ownTexts;
    private String shownFor;
    private String ownTextsFor;
    private final Button addToQueue;
    private final Label queued;

    QueueAndSegments(Composite parent, Post post, Runnable changed) {
        this.post = post;
        this.changed = changed;
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite boxes = new Composite(area, SWT.NONE);
        boxes.setLayout(new RowLayout(SWT.HORIZONTAL));
        new Label(boxes, SWT.NONE).setText(TeamMessages.Composer_segments);
        for (Segment segment : workspace().segments().list()) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(segment.getName());
            box.setData(segment.getId());
            box.addListener(SWT.Selection, e -> setSegment(segment.getId(), box.getSelection()));
            segmentBoxes.add(box);
        }
        lines = new Label(area, SWT.WRAP);
        lines.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        ownTexts = new Composite(area, SWT.NONE);
        ownTexts.setLayout(new GridLayout(1, false));
        ownTexts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite queue = new Composite(area, SWT.NONE);
        queue.setLayout(new GridLayout(2, false));
        queue.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        addToQueue = new Button(queue, SWT.PUSH);
        addToQueue.setText(TeamMessages.Composer_addToQueue);
        queued = new Label(queue, SWT.WRAP);
        queued.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    private static Workspace workspace() {
        return WorkspaceSession.current();
    }

    Button addToQueueButton() {
        return addToQueue;
    }

    /** Adds or removes a segment; the variants follow (segment accounts, own variants) and the lines are redone. */
    void setSegment(String segmentId, boolean on) {
        if (on && !post.getSegmentIds().contains(segmentId)) {
            post.getSegmentIds().add(segmentId);
        } else if (!on) {
            post.getSegmentIds().remove(segmentId);
        }
        new SegmentVariants(plan(), workspace().segments()::find, workspace().accounts()::find).apply(post);
        changed.run();
    }

    private static SegmentPlan plan() {
        return new SegmentPlan(workspace().segments()::find, workspace().accounts()::find,
                NetworkFacts.of(WorkspaceSession.networks()));
    }

    /** Redoes the lines when the segments or the accounts changed (not on every keystroke: they read the store). */
    void refresh() {
        for (Button box : segmentBoxes) {
            box.setSelection(post.getSegmentIds().contains(box.getData()));
        }
        String key = post.getSegmentIds() + "|" + post.getVariants().stream() //$NON-NLS-1$
                .map(v -> v.getAccountId() + '/' + v.getSegmentId()).toList();
        if (key.equals(shownFor)) {
            return;
        }
        shownFor = key;
        lines.setText(post.getSegmentIds().isEmpty() ? TeamMessages.Composer_noSegments : SegmentTexts.of(plan().lines(post)));
        refreshOwnTexts();
        lines.getParent().layout(true);
        lines.getParent().getParent().layout(true);
    }

    /** A text box per segment's own variant, so it says something for its audience instead of repeating the post. */
    private void refreshOwnTexts() {
        List<PostVariant> own = post.getVariants().stream().filter(v -> v.getSegmentId() != null && post.getVariants().stream()
                .anyMatch(g -> g.getSegmentId() == null && g.getAccountId().equals(v.getAccountId()))).toList();
        String key = own.stream().map(PostVariant::getId).toList().toString();
        if (key.equals(ownTextsFor)) {
            return;
        }
        ownTextsFor = key;
        for (org.eclipse.swt.widgets.Control child : ownTexts.getChildren()) {
            child.dispose();
        }
        for (PostVariant variant : own) {
            String segment = workspace().segments().find(variant.getSegmentId()).map(Segment::getName).orElse(variant.getSegmentId());
            String handle = workspace().accounts().find(variant.getAccountId()).map(a -> a.getHandle()).orElse(variant.getAccountId());
            new Label(ownTexts, SWT.WRAP).setText(NLS.bind(TeamMessages.Composer_ownText, segment, handle));
            Text text = new Text(ownTexts, SWT.BORDER | SWT.MULTI | SWT.WRAP);
            GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
            data.heightHint = 48;
            text.setLayoutData(data);
            text.setText(variant.getText() == null ? "" : variant.getText()); //$NON-NLS-1$
            text.setData(variant);
            text.addListener(SWT.Modify, e -> {
                variant.setText(text.getText().isBlank() ? null : text.getText());
                changed.run();
            });
        }
    }

    /** The text boxes of the segments' own variants (tests). */
    List<Text> ownTextFields() {
        return java.util.Arrays.stream(ownTexts.getChildren()).filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    /** The segment lines as shown (tests). */
    String linesText() {
        return lines.getText();
    }

    String queuedText() {
        return queued.getText();
    }

    /** Where the queue would put the post now; the editor applies and saves a placement. */
    QueuePlacement place() {
        return new QueueService(workspace(), new Queue(Labels.ZONE)).place(post, Instant.now());
    }

    /** Says where the post went, or why it could not be queued. */
    void show(QueuePlacement placement) {
        String text;
        if (placement instanceof QueuePlacement.Placed placed) {
            String at = Labels.dateTime().format(placed.choice().at());
            ScheduleWarning.DaylightSavingGap gap = placed.choice().warnings().stream()
                    .filter(ScheduleWarning.DaylightSavingGap.class::isInstance).map(ScheduleWarning.DaylightSavingGap.class::cast)
                    .findFirst().orElse(null);
            text = gap == null ? NLS.bind(TeamMessages.Composer_queued, at)
                    : NLS.bind(TeamMessages.Composer_queuedGap, at, gap.requested().toLocalTime());
        } else if (placement instanceof QueuePlacement.NoQueue none) {
            text = NLS.bind(TeamMessages.Composer_noQueue, String.join(", ", none.accountIds().stream() //$NON-NLS-1$
                    .map(id -> workspace().accounts().find(id).map(a -> a.getHandle()).orElse(id)).toList()));
        } else if (placement instanceof QueuePlacement.NoSharedTime) {
            text = TeamMessages.Composer_noSharedTime;
        } else {
            text = TeamMessages.Composer_noAccounts;
        }
        queued.setText(text);
        queued.getParent().layout(true);
    }
}
