package org.ariadne.indicators;

public enum Strength {
    S,
    M,
    W
}
