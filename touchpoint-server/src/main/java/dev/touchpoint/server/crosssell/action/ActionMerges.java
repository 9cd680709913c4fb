package dev.touchpoint.server.crosssell.action;

import org.springframework.stereotype.Component;

/** Moves a merged customer's recorded actions to the survivor. */
@Component
public class ActionMerges {

    private final ActionRepository actions;

    ActionMerges(ActionRepository actions) {
        this.actions = actions;
    }

    public void merge(long survivorId, long duplicateId) {
        actions.merge(survivorId, duplicateId);
    }
}
