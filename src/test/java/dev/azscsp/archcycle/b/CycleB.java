package dev.azscsp.archcycle.b;

import dev.azscsp.archcycle.a.CycleA;

/** The other half of the deliberate package cycle of {@link CycleA}. */
public final class CycleB {
    public CycleA other;
}
