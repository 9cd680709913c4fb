package dev.touchpoint.server.touchpoint.shared;

import dev.touchpoint.analytics.journey.EmotionLevel;
import dev.touchpoint.analytics.journey.JourneyPhase;
import dev.touchpoint.analytics.journey.JourneyStage;
import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.TouchpointLine;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels, icons and colours of the touchpoint vocabulary in the caller's language. Stage, phase, kind
 * and emotion labels come from the analytics enums (one vocabulary in the whole product). Public only
 * because templates call it as {@code @touchpointLabels}; not an API for other modules.
 */
@Component("touchpointLabels")
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    public static boolean zh(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    private static Locale current() {
        return LocaleContextHolder.getLocale();
    }

    public String stage(JourneyStage stage) {
        return zh(current()) ? stage.zh() : capitalise(stage.en());
    }

    public String stage(JourneyStage stage, Locale locale) {
        return zh(locale) ? stage.zh() : capitalise(stage.en());
    }

    public String phase(JourneyPhase phase) {
        return zh(current()) ? phase.zh() : capitalise(phase.en());
    }

    public String kind(TouchpointKind kind) {
        return zh(current()) ? kind.zh() : capitalise(kind.en());
    }

    public String line(TouchpointLine line) {
        return zh(current()) ? line.zh() : line.en();
    }

    public String channel(TouchpointChannel channel, Locale locale) {
        return channel == null
                ? ""
                : messages.getMessage("touchpoint.channel." + channel.name(), null, channel.name(), locale);
    }

    public String channel(TouchpointChannel channel) {
        return channel(channel, current());
    }

    public String emotion(int score, Locale locale) {
        var level = EmotionLevel.of(score);
        return zh(locale) ? level.zh() : capitalise(level.en());
    }

    public String emotion(int score) {
        return emotion(score, current());
    }

    public static String kindIcon(TouchpointKind kind) {
        return switch (kind) {
            case ENTRY -> "box-arrow-in-right";
            case DWELL -> "hourglass-split";
            case PASS -> "arrow-right";
            case FRICTION -> "exclamation-triangle";
            case EXPERIENCE -> "stars";
            case PURCHASE -> "bag-check";
            case EXIT -> "box-arrow-right";
            case MOVEMENT -> "signpost-split";
            case END -> "flag";
            case OBJECTION -> "chat-left-dots";
        };
    }

    /** Bootstrap text colour of an emotion score: red for terrible up to green for delighted. */
    public static String emotionColour(Integer score) {
        if (score == null) {
            return "text-body-secondary";
        }
        return switch (score) {
            case 1 -> "text-danger";
            case 2 -> "text-warning";
            case 3 -> "text-secondary";
            case 4 -> "text-info";
            case 5 -> "text-primary";
            default -> "text-success";
        };
    }

    /** For templates: the face icon of a score. */
    public String face(int score) {
        return emotionFace(score);
    }

    /** For templates: the colour class of a score (null: none). */
    public String colour(Integer score) {
        return emotionColour(score);
    }

    /** For templates: the kind's icon. */
    public String icon(TouchpointKind kind) {
        return kindIcon(kind);
    }

    /** Bootstrap Icons face of an emotion score. */
    static String emotionFace(int score) {
        return switch (score) {
            case 1 -> "emoji-angry";
            case 2 -> "emoji-frown";
            case 3 -> "emoji-neutral";
            case 4 -> "emoji-smile";
            case 5 -> "emoji-heart-eyes";
            default -> "emoji-laughing";
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
