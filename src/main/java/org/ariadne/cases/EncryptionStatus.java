package org.ariadne.cases;

/**
 * What the database holds, for the DPO: stored direct identifiers not in the encrypted format
 * (must be zero), and, of a sample of recent values, how many are under the current key.
 */
public record EncryptionStatus(long cases, long notEncrypted, int sampled, int underCurrentKey) {
}
