package dev.touchpoint.server.sales;

/**
 * Exit criteria of the sales stages. {@code automatic} criteria are evaluated from the opportunity's
 * own records (buying centre, assessment, activities, objections); the others are ticked by hand.
 */
public enum ExitCriterion {
    ASSESSMENT_COMPLETE(SalesStage.QUALIFY, true),
    NEED_CONFIRMED(SalesStage.QUALIFY, false),
    BUDGET_KNOWN(SalesStage.QUALIFY, false),
    ROLES_MAPPED(SalesStage.RELATIONSHIP, true),
    CHAMPION_FOUND(SalesStage.RELATIONSHIP, true),
    KEY_PERSON_IDENTIFIED(SalesStage.RELATIONSHIP, true),
    TECH_EXCHANGE_HELD(SalesStage.TECHNICAL, true),
    STANDARD_INFLUENCED(SalesStage.TECHNICAL, false),
    TECHNICAL_SUPPORTS(SalesStage.TECHNICAL, false),
    PROPOSAL_SUBMITTED(SalesStage.TENDER, false),
    DECISION_MAKER_MET(SalesStage.TENDER, true),
    TERMS_AGREED(SalesStage.NEGOTIATION, false),
    OBJECTIONS_RESOLVED(SalesStage.NEGOTIATION, true),
    CONTRACT_SIGNED(SalesStage.NEGOTIATION, false),
    PAYMENT_COLLECTED(SalesStage.DELIVERY, false),
    AFTER_SALES_HANDOVER(SalesStage.DELIVERY, false);

    private final SalesStage stage;
    private final boolean automatic;

    ExitCriterion(SalesStage stage, boolean automatic) {
        this.stage = stage;
        this.automatic = automatic;
    }

    public SalesStage stage() {
        return stage;
    }

    public boolean automatic() {
        return automatic;
    }
}
