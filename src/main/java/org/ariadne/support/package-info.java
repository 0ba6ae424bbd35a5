/**
 * Support for presumed and identified victims: referrals to service providers (accommodation,
 * medical, legal and other services), the provider's inbox where referrals are accepted or declined,
 * delivery, the caseworker's rating and the person's own feedback. Support never depends on
 * co-operation with law enforcement.
 */
@NullMarked
package org.ariadne.support;

import org.jspecify.annotations.NullMarked;
