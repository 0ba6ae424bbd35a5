package org.ariadne.tasks;

import java.util.List;
import java.util.Set;
import org.ariadne.security.Role;

/**
 * A list of tasks a feature contributes to "my tasks" (a Spring bean). The source reads through its
 * own feature's service, which applies the role and object-level rules and audits: a source only
 * ever gives the caller's own organisation's work.
 */
public interface TaskSource {

    /** Position among the lists. */
    int order();

    /** Message key of the list's heading. */
    String titleKey();

    /** Whether the user's roles call for this list at all. */
    boolean appliesTo(Set<Role> roles);

    /** The caller's open tasks of this kind, most urgent first, at most {@code limit}. */
    List<Task> tasks(int limit);
}
