package io.trunkline.core.lifecycle;

/** What applying a {@link Change} does. */
public enum ChangeAction {
    /** Creates a resource through a vendor API. */
    CREATE,
    /** Changes fields of an existing resource through a vendor API. */
    UPDATE,
    /** Nothing to do: the resource already matches (or a manual step is confirmed). */
    NO_OP,
    /** Deletes a resource through a vendor API. */
    DELETE,
    /** A person must do this in a vendor dashboard; see {@link Change#manualStep()}. */
    MANUAL;

    /** @return whether applying this action calls a vendor API that writes */
    public boolean writes() {
        return this == CREATE || this == UPDATE || this == DELETE;
    }
}
