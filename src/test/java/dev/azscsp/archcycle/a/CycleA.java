package dev.azscsp.archcycle.a;

import dev.azscsp.archcycle.b.CycleB;

/** Half of a deliberate package cycle: proves ArchitectureTest's cycle rule can fail. */
public final class CycleA {
    public CycleB other;
}
