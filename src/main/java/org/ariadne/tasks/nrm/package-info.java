/** The referral mechanism's task lists: decisions due, guardians to appoint, recovery periods ending. */
@NullMarked
package org.ariadne.tasks.nrm;

import org.jspecify.annotations.NullMarked;
