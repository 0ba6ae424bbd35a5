package org.ariadne.indicators;

/** The six dimensions of the Palermo definition as the ILO/EC indicators group them. */
public enum Dimension {
    /** Deceptive recruitment (including transfer and transport). */
    D1,
    /** Coercive recruitment. */
    D2,
    /** Recruitment by abuse of vulnerability. */
    D3,
    /** Exploitative conditions. */
    D4,
    /** Coercion at destination. */
    D5,
    /** Abuse of vulnerability at destination. */
    D6
}
