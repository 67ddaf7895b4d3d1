package org.pregon.ui.composer;

import java.io.File;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.pregon.core.approval.ApprovalException;
import org.pregon.core.approval.ApprovalService;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.publish.PublishService;
import org.pregon.core.publish.VariantCheck;
import org.pregon.model.Account;
import org.pregon.model.CredentialState;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.LocalizedText;
import org.pregon.model.MediaItem;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.internal.Messages;

/**
 * The composer: one post written once in two languages, with a link and images, published on the
 * chosen accounts through per-account variants that are checked, as the user types, with the exact
 * counts each network uses. Every change is saved to the workspace within half a second, so nothing
 * typed is lost if Pregón dies.
 */
public class ComposerEditor extends EditorPart {
    public static final String ID = "org.pregon.ui.composer"; //$NON-NLS-1$
    static final int SAVE_DELAY_MS = 400;
    private static final int MIN_WIDTH = 900;
    private static final int MIN_HEIGHT = 720;

    private Post post;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private Text firstText;
    private Text secondText;
    private Text link;
    private Table media;
    private Table accountTable;
    private Table variants;
    private Text preview;
    private Button publish;
    private Button submit;
    private Button approve;
    private Button reject;
    private Label status;
    private QueueAndSegments queueAndSegments;
    private boolean saveScheduled;
    private boolean updating;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ComposerInput composerInput)) {
            throw new PartInitException("not a post: " + input); //$NON-NLS-1$
        }
        setSite(site);
        setInput(input);
        post = WorkspaceSession.current().posts().find(composerInput.postId())
                .orElseThrow(() -> new PartInitException("no post " + composerInput.postId())); //$NON-NLS-1$
        for (Account account : WorkspaceSession.current().accounts().list()) {
            accounts.put(account.getId(), account);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        // scrolls rather than squeezing the text boxes to nothing when the editor area is small
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        SashForm sash = new SashForm(scroll, SWT.HORIZONTAL);
        Composite left = column(sash);
        firstText = textArea(left, Messages.Composer_firstLanguage, text(NewPost.FIRST_LANGUAGE));
        secondText = textArea(left, Messages.Composer_secondLanguage, text(NewPost.SECOND_LANGUAGE));
        new Label(left, SWT.NONE).setText(Messages.Composer_link);
        link = new Text(left, SWT.BORDER | SWT.SINGLE);
        link.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        link.setText(post.getLink() == null ? "" : post.getLink()); //$NON-NLS-1$
        createMedia(left);
        createAccounts(left);
        queueAndSegments = new QueueAndSegments(left, post, this::changed);
        queueAndSegments.addToQueueButton().addListener(SWT.Selection, e -> addToQueue());

        Composite right = column(sash);
        new Label(right, SWT.NONE).setText(Messages.Composer_variants);
        variants = table(right, 140, Messages.Composer_account, Messages.Composer_strategy, Messages.Composer_count,
                Messages.Composer_state);
        variants.addListener(SWT.Selection, e -> refreshPreview());
        new Label(right, SWT.NONE).setText(Messages.Composer_preview);
        preview = new Text(right, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        preview.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite actions = new Composite(right, SWT.NONE);
        actions.setLayout(new GridLayout(4, false));
        submit = button(actions, Messages.Composer_submit, () -> submitForReview());
        approve = button(actions, Messages.Composer_approve, () -> approve());
        reject = button(actions, Messages.Composer_reject, this::askReasonAndReject);
        publish = new Button(actions, SWT.PUSH);
        publish.setText(Messages.Composer_publishNow);
        publish.addListener(SWT.Selection, e -> publishNow());
        status = new Label(right, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sash.setWeights(1, 1);
        scroll.setContent(sash);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(MIN_WIDTH, MIN_HEIGHT);

        for (Text t : new Text[] { firstText, secondText, link }) {
            t.addListener(SWT.Modify, e -> changed());
        }
        refresh();
    }

    // ---- building ----

    private static Composite column(Composite parent) {
        Composite column = new Composite(parent, SWT.NONE);
        column.setLayout(new GridLayout(1, false));
        return column;
    }

    /** A button whose action may be refused by the review rules; the refusal is shown, not thrown. */
    private Button button(Composite parent, String label, ReviewAction action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> {
            try {
                action.run();
            } catch (ApprovalException refused) {
                MessageDialog.openWarning(getSite().getShell(), Messages.Composer_approvalRefused, refused.getMessage());
            }
        });
        return button;
    }

    @FunctionalInterface
    private interface ReviewAction {
        void run() throws ApprovalException;
    }

    private static Text textArea(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 110;
        text.setLayoutData(data);
        text.setText(value);
        return text;
    }

    private static Table table(Composite parent, int height, String... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL
                | (columns.length == 0 ? SWT.CHECK : SWT.NONE));
        table.setHeaderVisible(columns.length > 0);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = height;
        table.setLayoutData(data);
        for (String name : columns) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(name);
            column.setWidth(150);
        }
        return table;
    }

    private void createMedia(Composite parent) {
        new Label(parent, SWT.NONE).setText(Messages.Composer_images);
        media = table(parent, 70, Messages.Composer_file, Messages.Composer_altFirst, Messages.Composer_altSecond);
        new AltTextEditing(media, this::altTextEdited);
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        Button add = new Button(buttons, SWT.PUSH);
        add.setText(Messages.Composer_addImage);
        add.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.png;*.jpg;*.jpeg;*.gif;*.webp" }); //$NON-NLS-1$
            String path = dialog.open();
            if (path != null) {
                addImage(new File(path));
            }
        });
        Button remove = new Button(buttons, SWT.PUSH);
        remove.setText(Messages.Composer_removeImage);
        remove.addListener(SWT.Selection, e -> {
            int index = media.getSelectionIndex();
            if (index >= 0) {
                post.getMedia().remove(index);
                changed();
            }
        });
    }

    private void createAccounts(Composite parent) {
        new Label(parent, SWT.NONE).setText(Messages.Composer_accounts);
        accountTable = table(parent, 120);
        for (Account account : accounts.values()) {
            TableItem item = new TableItem(accountTable, SWT.NONE);
            boolean expired = account.getCredentialState() == CredentialState.EXPIRED;
            item.setText(account.getNetworkKind() + " \u2013 " + account.getHandle() //$NON-NLS-1$
                    + (expired ? " (" + Messages.Composer_expired + ")" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            item.setData(account);
            item.setChecked(variantFor(account.getId()) != null);
        }
        accountTable.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                TableItem item = (TableItem) e.item;
                setTargeted((Account) item.getData(), item.getChecked());
            }
        });
    }

    // ---- editing (public so tests can drive the composer as a user would) ----

    /** Targets or stops targeting an account; a new variant starts with the strategy that fits the network. */
    public void setTargeted(Account account, boolean targeted) {
        PostVariant existing = variantFor(account.getId());
        if (targeted && existing == null) {
            PostVariant variant = PregonFactory.eINSTANCE.createPostVariant();
            variant.setId(post.getId() + "-" + account.getId()); //$NON-NLS-1$
            variant.setAccountId(account.getId());
            variant.setStatus(PostStatus.DRAFT);
            NetworkDescriptor network = WorkspaceSession.networks().find(account.getNetworkKind()).orElse(null);
            variant.setLanguageStrategy(network == null ? LanguageStrategy.BOTH_IN_ONE : VariantCheck.defaultStrategy(post, network, account));
            post.getVariants().add(variant);
        } else if (!targeted && existing != null && existing.getStatus() != PostStatus.PUBLISHED) {
            post.getVariants().remove(existing);
        }
        for (TableItem item : accountTable.getItems()) {
            if (((Account) item.getData()).getId().equals(account.getId())) {
                item.setChecked(variantFor(account.getId()) != null);
            }
        }
        changed();
    }

    public void setStrategy(String accountId, LanguageStrategy strategy) {
        PostVariant variant = variantFor(accountId);
        if (variant != null) {
            variant.setLanguageStrategy(strategy);
            changed();
        }
    }

    /** Adds an image; its alternative texts are then typed in the table. */
    public MediaItem addImage(File file) {
        MediaItem item = PregonFactory.eINSTANCE.createMediaItem();
        item.setId("media-" + UUID.randomUUID()); //$NON-NLS-1$
        item.setUri(file.toURI().toString());
        item.setMimeType(mimeType(file.getName()));
        post.getMedia().add(item);
        changed();
        return item;
    }

    public void setAltText(MediaItem item, String language, String alt) {
        LocalizedText existing = item.getAltTexts().stream().filter(t -> language.equals(t.getLanguage())).findFirst().orElse(null);
        if (existing == null) {
            existing = PregonFactory.eINSTANCE.createLocalizedText();
            existing.setLanguage(language);
            item.getAltTexts().add(existing);
        }
        existing.setText(alt);
        changed();
    }

    private void altTextEdited(int row, int column, String value) {
        setAltText(post.getMedia().get(row), column == 1 ? NewPost.FIRST_LANGUAGE : NewPost.SECOND_LANGUAGE, value);
    }

    public Text firstText() {
        return firstText;
    }

    public Text secondText() {
        return secondText;
    }

    public Text link() {
        return link;
    }

    /** The attached images: name, alternative text per language. */
    public Table mediaTable() {
        return media;
    }

    public Table variantsTable() {
        return variants;
    }

    public Text previewText() {
        return preview;
    }

    public Button publishButton() {
        return publish;
    }

    public Post post() {
        return post;
    }

    /** The check of one targeted account's variant, as shown in the table. */
    public VariantCheck.Result check(String accountId) {
        PostVariant variant = variantFor(accountId);
        Account account = accounts.get(accountId);
        NetworkDescriptor network = WorkspaceSession.networks().find(account.getNetworkKind()).orElseThrow();
        return VariantCheck.check(post, variant, network, account);
    }

    // ---- review (acting as WorkspaceSession.user()) ----

    private ApprovalService approvals() {
        return new ApprovalService(WorkspaceSession.current());
    }

    /** Sends the draft to review as the current user. */
    public void submitForReview() throws ApprovalException {
        flushPendingSave();
        approvals().submit(post, WorkspaceSession.user());
        refresh();
    }

    /** Approves the post as the current user; returns whether it is now approved for every account. */
    public boolean approve() throws ApprovalException {
        flushPendingSave();
        boolean complete = approvals().approve(post, WorkspaceSession.user());
        refresh();
        return complete;
    }

    /** Sends the post back to its author as the current user, with the reason. */
    public void reject(String reason) throws ApprovalException {
        flushPendingSave();
        approvals().reject(post, WorkspaceSession.user(), reason);
        refresh();
    }

    private void askReasonAndReject() throws ApprovalException {
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Composer_rejectTitle, Messages.Composer_rejectPrompt, "", null); //$NON-NLS-1$
        if (dialog.open() == Window.OK) {
            reject(dialog.getValue());
        }
    }

    /** The review acts on what is stored: write pending keystrokes first so the approved revision is what was seen. */
    private void flushPendingSave() {
        if (saveScheduled) {
            saveNow();
        }
    }

    /**
     * Puts the post at the next queue time free on all its accounts, saved at once like a move in the
     * calendar, and says which time (or why none).
     */
    public org.pregon.core.schedule.QueuePlacement addToQueue() {
        flushPendingSave();
        org.pregon.core.schedule.QueuePlacement placement = queueAndSegments.place();
        if (placement instanceof org.pregon.core.schedule.QueuePlacement.Placed placed) {
            WorkspaceSession.current().posts().find(post.getId()).ifPresent(this::keepWhatOthersOwn);
            org.pregon.core.schedule.QueueService.apply(post, placed, java.time.Instant.now());
            WorkspaceSession.current().posts().save(post);
        }
        queueAndSegments.show(placement);
        refresh();
        return placement;
    }

    /** Targets the post at a segment or stops (tests drive it as the checkbox does). */
    public void setSegment(String segmentId, boolean on) {
        queueAndSegments.setSegment(segmentId, on);
    }

    /** What the composer says each network does with the post's segments. */
    public String segmentLines() {
        return queueAndSegments.linesText();
    }

    /** The text boxes of the segments' own variants, in order. */
    public List<Text> segmentVariantTexts() {
        return queueAndSegments.ownTextFields();
    }

    /** What "Add to queue" last said. */
    public String queueResult() {
        return queueAndSegments.queuedText();
    }

    public Button submitButton() {
        return submit;
    }

    public Button approveButton() {
        return approve;
    }

    public Button rejectButton() {
        return reject;
    }

    // ---- model to widgets ----

    private void changed() {
        if (updating) {
            return;
        }
        setText(NewPost.FIRST_LANGUAGE, firstText.getText());
        setText(NewPost.SECOND_LANGUAGE, secondText.getText());
        post.setLink(link.getText().isBlank() ? null : link.getText().strip());
        post.setUpdatedAt(new Date());
        approvals().edited(post, WorkspaceSession.user()); // what was approved is no longer what would go out
        refresh();
        scheduleSave();
    }

    private void refresh() {
        updating = true;
        try {
            media.removeAll();
            for (MediaItem item : post.getMedia()) {
                new TableItem(media, SWT.NONE).setText(new String[] { MediaNames.of(item.getUri()),
                        alt(item, NewPost.FIRST_LANGUAGE), alt(item, NewPost.SECOND_LANGUAGE) });
            }
            int selected = Math.max(0, variants.getSelectionIndex());
            variants.removeAll();
            for (PostVariant variant : post.getVariants()) {
                Account account = accounts.get(variant.getAccountId());
                TableItem row = new TableItem(variants, SWT.NONE);
                row.setData(variant);
                row.setText(0, account == null ? variant.getAccountId() : account.getNetworkKind() + " \u2013 " + account.getHandle()); //$NON-NLS-1$
                row.setText(1, Labels.of(variant.getLanguageStrategy()));
                if (variant.getStatus() == PostStatus.PUBLISHED) {
                    row.setText(3, NLS.bind(Messages.Composer_published, variant.getRemoteUrl()));
                    continue;
                }
                if (account == null || WorkspaceSession.networks().find(account.getNetworkKind()).isEmpty()) {
                    continue;
                }
                VariantCheck.Result result = check(variant.getAccountId());
                row.setText(2, result.countSummary());
                String state = result.problems().isEmpty() ? Messages.Composer_ok
                        : NLS.bind(Messages.Composer_problems, result.problems().size());
                if (variant.getStatus() == PostStatus.FAILED && variant.getFailureReason() != null) {
                    state = NLS.bind(Messages.Composer_failed, variant.getFailureReason());
                }
                if (variant.getHandedOverFor() != null && variant.getStatus() != PostStatus.FAILED) {
                    // the network's own scheduler has it: it goes out there even with every Pregón closed
                    state = NLS.bind(Messages.Composer_handedOver, WorkspaceSession.networks().find(account.getNetworkKind())
                            .map(n -> n.name()).orElse(account.getNetworkKind()),
                            Labels.dateTime().format(variant.getHandedOverFor().toInstant())) + " \u2013 " + state; //$NON-NLS-1$
                }
                row.setText(3, state);
            }
            if (variants.getItemCount() > 0) {
                variants.setSelection(Math.min(selected, variants.getItemCount() - 1));
            }
            refreshPreview();
            status.setText(statusLine());
            queueAndSegments.refresh();
            queueAndSegments.addToQueueButton().setEnabled(!post.getVariants().isEmpty() && post.getPublishedAt() == null
                    && post.getVariants().stream().noneMatch(v -> v.getStatus() == PostStatus.PUBLISHED || v.getStatus() == PostStatus.PUBLISHING));
            for (TableItem item : accountTable.getItems()) { // segments may move a variant to the segment's account
                item.setChecked(variantFor(((Account) item.getData()).getId()) != null);
            }
            submit.setEnabled(post.getStatus() == PostStatus.DRAFT);
            approve.setEnabled(post.getStatus() == PostStatus.IN_REVIEW);
            reject.setEnabled(post.getStatus() == PostStatus.IN_REVIEW);
        } finally {
            updating = false;
        }
    }

    /** The status, and what the review says: why it was rejected, or which accounts still wait for approval. */
    private String statusLine() {
        StringBuilder line = new StringBuilder(NLS.bind(Messages.Composer_status, Labels.of(post.getStatus())));
        if (post.getStatus() == PostStatus.DRAFT && post.getRejectionReason() != null) {
            line.append(" \u2013 ").append(NLS.bind(Messages.Composer_rejected, post.getRejectionReason())); //$NON-NLS-1$
        } else if (post.getStatus() == PostStatus.IN_REVIEW) {
            java.util.Set<String> waiting = approvals().accountsAwaitingApproval(post);
            if (!waiting.isEmpty()) {
                line.append(" \u2013 ").append(NLS.bind(Messages.Composer_awaiting, String.join(", ", waiting))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        line.append(" \u2013 ").append(NLS.bind(Messages.Composer_actingAs, WorkspaceSession.user())); //$NON-NLS-1$
        return line.toString();
    }

    private void refreshPreview() {
        int index = variants.getSelectionIndex();
        if (index < 0) {
            preview.setText(""); //$NON-NLS-1$
            return;
        }
        PostVariant variant = (PostVariant) variants.getItem(index).getData();
        Account account = accounts.get(variant.getAccountId());
        NetworkDescriptor network = account == null ? null : WorkspaceSession.networks().find(account.getNetworkKind()).orElse(null);
        if (network == null) {
            preview.setText(""); //$NON-NLS-1$
            return;
        }
        VariantCheck.Result check = VariantCheck.check(post, variant, network, account);
        String contributed = WorkspaceSession.networkUi().preview(network.kind())
                .map(p -> p.render(post, variant, network, check)).orElse(null);
        preview.setText(contributed != null ? contributed : Preview.render(post, variant, network, check));
    }

    private void setText(String language, String value) {
        for (LocalizedText text : post.getTexts()) {
            if (language.equals(text.getLanguage())) {
                text.setText(value);
                return;
            }
        }
        LocalizedText text = PregonFactory.eINSTANCE.createLocalizedText();
        text.setLanguage(language);
        text.setText(value);
        post.getTexts().add(text);
    }

    private String text(String language) {
        return post.getTexts().stream().filter(t -> language.equals(t.getLanguage())).map(LocalizedText::getText)
                .filter(t -> t != null).findFirst().orElse(""); //$NON-NLS-1$
    }

    private static String alt(MediaItem item, String language) {
        return item.getAltTexts().stream().filter(t -> language.equals(t.getLanguage())).map(LocalizedText::getText)
                .filter(t -> t != null).findFirst().orElse(""); //$NON-NLS-1$
    }

    private PostVariant variantFor(String accountId) {
        return post.getVariants().stream().filter(v -> accountId.equals(v.getAccountId())).findFirst().orElse(null);
    }

    private static String mimeType(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".png")) { //$NON-NLS-1$
            return "image/png"; //$NON-NLS-1$
        }
        if (lower.endsWith(".gif")) { //$NON-NLS-1$
            return "image/gif"; //$NON-NLS-1$
        }
        if (lower.endsWith(".webp")) { //$NON-NLS-1$
            return "image/webp"; //$NON-NLS-1$
        }
        return "image/jpeg"; //$NON-NLS-1$
    }

    // ---- saving and publishing ----

    /** Coalesces keystrokes: the draft is written at most SAVE_DELAY_MS after the last change. */
    private void scheduleSave() {
        if (!saveScheduled) {
            saveScheduled = true;
            Display.getCurrent().timerExec(SAVE_DELAY_MS, this::saveNow);
        }
    }

    /** Writes the working copy to the workspace now. */
    public void saveNow() {
        saveScheduled = false;
        WorkspaceSession.current().posts().find(post.getId()).ifPresent(this::keepWhatOthersOwn);
        WorkspaceSession.current().posts().save(post);
    }

    /**
     * While the post is open here, the calendar may move it and the publisher may record outcomes: the
     * composer has no say over the time or over what the networks answered, so those come from the store.
     */
    private void keepWhatOthersOwn(Post stored) {
        post.setScheduledAt(stored.getScheduledAt());
        post.setPublishedAt(stored.getPublishedAt());
        for (PostVariant mine : post.getVariants()) {
            stored.getVariants().stream().filter(v -> v.getId().equals(mine.getId())).findFirst().ifPresent(theirs -> {
                // the hand-over service owns these: it records what the network's scheduler has
                mine.setHandedOverAt(theirs.getHandedOverAt());
                mine.setHandedOverFor(theirs.getHandedOverFor());
                if (theirs.getStatus() == PostStatus.PUBLISHED || theirs.getStatus() == PostStatus.PUBLISHING) {
                    mine.setStatus(theirs.getStatus());
                    mine.getRemoteIds().clear();
                    mine.getRemoteIds().addAll(theirs.getRemoteIds());
                    mine.setRemoteUrl(theirs.getRemoteUrl());
                    mine.setPublishedAt(theirs.getPublishedAt());
                    mine.setFailureReason(null);
                }
            });
        }
    }

    /** Checks every variant, then publishes in a Job; the editor shows each variant's outcome when it ends. */
    public Job publishNow() {
        List<String> problems = new ArrayList<>();
        if (post.getVariants().isEmpty()) {
            problems.add(Messages.Composer_noAccounts);
        }
        approvals().publishBlock(post).ifPresent(problems::add);
        for (PostVariant variant : post.getVariants()) {
            if (variant.getStatus() == PostStatus.PUBLISHED) {
                continue;
            }
            Account account = accounts.get(variant.getAccountId());
            NetworkDescriptor network = account == null ? null : WorkspaceSession.networks().find(account.getNetworkKind()).orElse(null);
            if (network != null) {
                VariantCheck.Result result = VariantCheck.check(post, variant, network, account);
                if (!result.valid()) {
                    result.problems().forEach(p -> problems.add(account.getHandle() + ": " + p)); //$NON-NLS-1$
                }
            }
        }
        if (!problems.isEmpty()) {
            MessageDialog.openWarning(getSite().getShell(), Messages.Composer_cannotPublish,
                    NLS.bind(Messages.Composer_fixFirst, String.join("\n", problems))); //$NON-NLS-1$
            return null;
        }
        saveNow();
        Post toPublish = EcoreUtil.copy(post);
        publish.setEnabled(false);
        status.setText(Messages.Composer_publishing);
        Display display = Display.getCurrent();
        Job job = new Job(Messages.Composer_publishJob) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Post published = new PublishService(WorkspaceSession.current(), WorkspaceSession.networks(),
                        WorkspaceSession.secrets(), WorkspaceSession.user()).publishNow(toPublish, monitor);
                display.asyncExec(() -> published(published));
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void published(Post result) {
        if (publish.isDisposed()) {
            return;
        }
        post = result;
        publish.setEnabled(true);
        refresh();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        saveNow();
    }

    @Override
    public void doSaveAs() {
        // a post has one place: the workspace
    }

    @Override
    public boolean isDirty() {
        return false; // saved continuously
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        firstText.setFocus();
    }

    @Override
    public void dispose() {
        if (saveScheduled) {
            saveNow();
        }
        super.dispose();
    }
}
