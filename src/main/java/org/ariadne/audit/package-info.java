/**
 * The append-only, tamper-evident audit trail: every read of a case, every change, export, login
 * and refused access. Entries carry no name and no free text, only non-identifying references
 * such as case codes. Each entry's hash covers the previous entry's hash, so editing or deleting
 * a row breaks the chain from that row on.
 */
@NullMarked
package org.ariadne.audit;

import org.jspecify.annotations.NullMarked;
