package org.pregon.app;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.pregon.app.internal.AboutPregonDialog;
import org.pregon.app.internal.AppMessages;

/** File > New Post / Exit, Window > Show View / Reset Perspective, Help > About: every item shown works. */
class PregonActionBarAdvisor extends ActionBarAdvisor {
    private Action quit;
    private Action resetPerspective;
    private Action about;
    private Action newPost;
    private Action users;

    PregonActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        quit = (Action) ActionFactory.QUIT.create(window);
        register(quit);
        resetPerspective = (Action) ActionFactory.RESET_PERSPECTIVE.create(window);
        register(resetPerspective);
        about = new Action(AppMessages.Menu_about) {
            @Override
            public void run() {
                new AboutPregonDialog(window.getShell()).open();
            }
        };
        about.setId("org.pregon.app.about"); //$NON-NLS-1$
        newPost = new Action(org.pregon.ui.internal.Messages.Composer_newPost) {
            @Override
            public void run() {
                try {
                    org.pregon.ui.composer.NewPost.open(window.getActivePage());
                } catch (org.eclipse.ui.PartInitException e) {
                    org.eclipse.jface.dialogs.ErrorDialog.openError(window.getShell(), null, null, e.getStatus());
                }
            }
        };
        newPost.setId("org.pregon.app.newPost"); //$NON-NLS-1$
        users = new org.pregon.ui.team.UsersAction(window);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(AppMessages.Menu_file, IWorkbenchActionConstants.M_FILE);
        file.add(newPost);
        file.add(quit);
        MenuManager window = new MenuManager(AppMessages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager(AppMessages.Menu_showView, "showView"); //$NON-NLS-1$
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
        window.add(showView);
        window.add(resetPerspective);
        window.add(users);
        MenuManager help = new MenuManager(AppMessages.Menu_help, IWorkbenchActionConstants.M_HELP);
        help.add(about);
        menuBar.add(file);
        menuBar.add(window);
        menuBar.add(help);
    }
}
