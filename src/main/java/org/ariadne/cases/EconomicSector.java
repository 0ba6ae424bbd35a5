package org.ariadne.cases;

/** ISIC Rev. 4 sections, for forced labour. */
public enum EconomicSector {
    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U
}
