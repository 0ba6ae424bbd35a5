package org.ariadne.cases;

public enum Disability {
    NONE,
    PHYSICAL,
    SENSORY,
    INTELLECTUAL,
    PSYCHOSOCIAL,
    MULTIPLE,
    UNKNOWN
}
