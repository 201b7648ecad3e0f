package com.offerbook.comp;

import java.util.ArrayList;
import java.util.List;

/** How one package differs from the one before it, component by component; unchanged components are left out. */
public record PackageChange(List<Component> changes) {

    /** One changed component: "Base salary +$15,000", "Target bonus (15 % of base) +$30,000". */
    public record Component(String name, Money delta) {}

    public static PackageChange between(CompPackage before, CompPackage after) {
        if (!before.currency().equals(after.currency())) {
            throw new IllegalArgumentException("Both packages must be in one currency");
        }
        var changes = new ArrayList<Component>();
        add(changes, "Base salary", before.base(), after.base());
        add(changes, after.bonus().label(), before.annualBonus(), after.annualBonus());
        add(changes, "Equity grant", before.equityGrant(), after.equityGrant());
        add(
                changes,
                "Signing bonus",
                before.signingBonus().amount(),
                after.signingBonus().amount());
        add(changes, "Relocation", before.relocation(), after.relocation());
        add(changes, "Other one-time", before.otherOneTime(), after.otherOneTime());
        add(changes, "Recurring total", before.recurring(), after.recurring());
        return new PackageChange(List.copyOf(changes));
    }

    private static void add(List<Component> changes, String name, Money before, Money after) {
        var delta = after.minus(before);
        if (!delta.rounded().isZero()) {
            changes.add(new Component(name, delta));
        }
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
