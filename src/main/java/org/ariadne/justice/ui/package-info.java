/** The "Criminal justice" tab of a case: the record, and a dialog to change it. */
@NullMarked
package org.ariadne.justice.ui;

import org.jspecify.annotations.NullMarked;
