package org.riverwoods.kap.infusion.ledger;

/** What a ledger entry records. The sign of its quantity says whether it adds to or takes from the vial. */
public enum EntryKind {
    /** A vial received into stock (+). */
    RECEIPT,
    /** A dose drawn from a vial for an infusion (-). */
    DRAW,
    /** Part of a drawn dose not given and put back into stock (+). */
    RETURN,
    /** Drug destroyed in front of a witness (-). */
    WASTE,
    /** Drug reported lost or stolen after a count (-). */
    LOSS,
    /** A new entry that corrects an earlier one (+ or -); the earlier one stays as it was. */
    CORRECTION
}
