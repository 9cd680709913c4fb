package dev.touchpoint.server.touchpoint;

import java.time.Instant;

/**
 * A customer's latest answer to one kind of survey question: {@code key} is {@code NPS} for questions of
 * type NPS, or the question code for the loyalty questions {@code competitor_attitude} and
 * {@code share_of_wallet}; {@code type} is the question type (it fixes the scale of {@code score}).
 */
public record SurveyScore(long customerId, String key, String type, double score, Instant answeredAt) {

    /** The question code of the attitude-to-competitors question (1 prefers competitors … 5 not interested). */
    public static final String COMPETITOR_ATTITUDE = "competitor_attitude";
    /** The question code of the share-of-wallet question. */
    public static final String SHARE_OF_WALLET = "share_of_wallet";
    /** The key of NPS answers. */
    public static final String NPS = "NPS";
}
