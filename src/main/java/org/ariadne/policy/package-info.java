/**
 * National policy for the referral mechanism: which actor types may perform which NRM function
 * (screen, refer, decide, assist, appoint a guardian, notify anonymously), and the legal clocks
 * (recovery period, decision target, reconsideration window, public holidays). Policy is data the
 * administrator edits as dated versions, so the same code serves a country where only the police
 * designate victims and one where NGOs and labour inspectors take part too.
 */
@NullMarked
package org.ariadne.policy;

import org.jspecify.annotations.NullMarked;
