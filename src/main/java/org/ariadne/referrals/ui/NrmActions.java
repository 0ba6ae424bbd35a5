package org.ariadne.referrals.ui;

import com.vaadin.flow.component.Component;
import org.ariadne.common.ConflictException;
import org.ariadne.common.InvalidInputException;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.referrals.NrmView;

/** Runs a step from a screen and shows its outcome: the case as it is now, a conflict, or the rule that refused. */
final class NrmActions {

    interface Call {
        NrmView run();
    }

    private NrmActions() {
    }

    /**
     * @return true when the step was taken; false when it was refused (the dialog stays open for a
     *         refused field, the message names the rule) or collided with someone else's step
     */
    static boolean run(Component source, Call call, java.util.function.Consumer<NrmView> done, Runnable reload,
                       java.util.Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        try {
            NrmView view = call.run();
            done.accept(view);
            Feedback.saved(source);
            return true;
        } catch (ConflictException e) {
            Feedback.error(source, e.message());
            reload.run();
            return true;
        } catch (InvalidInputException e) {
            Feedback.refused(source, e, fields);
            return false;
        } catch (TranslatableException e) {
            Feedback.error(source, e.message());
            return false;
        }
    }

}
