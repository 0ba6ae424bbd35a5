/** Persistence of service referrals and the person's feedback; authorisation is the service's job. */
@NullMarked
package org.ariadne.support.internal;

import org.jspecify.annotations.NullMarked;
