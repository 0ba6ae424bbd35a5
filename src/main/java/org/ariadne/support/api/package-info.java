/** Service referrals over HTTP, through the same services (so the same rules and audit) as the screens. */
@NullMarked
package org.ariadne.support.api;

import org.jspecify.annotations.NullMarked;
