package dev.touchpoint.server.touchpoint.survey;

import dev.touchpoint.analytics.journey.JourneyStage;
import dev.touchpoint.server.touchpoint.Survey;
import dev.touchpoint.server.touchpoint.SurveyQuestion;
import dev.touchpoint.server.touchpoint.SurveyQuestionType;
import java.util.List;

/** Surveys shipped with the dealership template: after delivery and after a service visit. */
final class DemoSurveys {

    static final String DELIVERY = "DELIVERY_EXPERIENCE";
    static final String SERVICE = "SERVICE_VISIT";

    private DemoSurveys() {}

    static List<Survey.Request> all() {
        return List.of(delivery(), service());
    }

    static Survey.Request delivery() {
        return new Survey.Request(
                DELIVERY,
                "购车交车体验调查",
                "Car purchase and delivery survey",
                "HANDOVER_CEREMONY",
                JourneyStage.TRANSACTION,
                List.of(
                        q(
                                "paperwork",
                                SurveyQuestionType.EMOTION,
                                "办理交车手续时您的感受？",
                                "How did you feel during the delivery paperwork?",
                                "DELIVERY_PAPERWORK",
                                true),
                        q(
                                "handover",
                                SurveyQuestionType.EMOTION,
                                "交车仪式时您的感受？",
                                "How did you feel at the handover ceremony?",
                                "HANDOVER_CEREMONY",
                                true),
                        q(
                                "overall",
                                SurveyQuestionType.EXPECTATION_PERCEPTION,
                                "购车前的期望与实际感受",
                                "What you expected and what you got",
                                "CONTRACT",
                                false),
                        q(
                                "nps",
                                SurveyQuestionType.NPS,
                                "您有多大可能向亲友推荐我们？",
                                "How likely are you to recommend us to friends?",
                                null,
                                true),
                        q("csat", SurveyQuestionType.CSAT, "总体满意度", "Overall satisfaction", null, false),
                        q(
                                "effort",
                                SurveyQuestionType.CES,
                                "办理购车有多费力？",
                                "How much effort did buying take?",
                                "DELIVERY_PAPERWORK",
                                false),
                        new SurveyQuestion(
                                "best",
                                SurveyQuestionType.CHOICE,
                                "哪个环节最让您满意？",
                                "Which moment did you like best?",
                                List.of(
                                        new SurveyQuestion.Option("TEST_DRIVE", "试乘试驾", "Test drive"),
                                        new SurveyQuestion.Option("HANDOVER", "交车仪式", "Handover ceremony"),
                                        new SurveyQuestion.Option("ADVICE", "销售顾问的建议", "The adviser's advice")),
                                null,
                                false),
                        q(
                                "comment",
                                SurveyQuestionType.TEXT,
                                "还有什么想告诉我们？",
                                "Anything else you want to tell us?",
                                null,
                                false)),
                14);
    }

    static Survey.Request service() {
        return new Survey.Request(
                SERVICE,
                "售后服务回访",
                "Service visit survey",
                "SERVICE_PICKUP",
                JourneyStage.CONTINUED_COOPERATION,
                List.of(
                        q(
                                "reception",
                                SurveyQuestionType.EMOTION,
                                "接车时您的感受？",
                                "How did you feel at reception?",
                                "SERVICE_RECEPTION",
                                true),
                        q(
                                "wait",
                                SurveyQuestionType.EMOTION,
                                "等待维修保养时的感受？",
                                "How did you feel while waiting?",
                                "WORKSHOP_WAIT",
                                true),
                        q("csat", SurveyQuestionType.CSAT, "本次服务满意度", "Satisfaction with this visit", null, true),
                        q(
                                "nps",
                                SurveyQuestionType.NPS,
                                "您有多大可能推荐我们的售后服务？",
                                "How likely are you to recommend our service?",
                                null,
                                false),
                        q("comment", SurveyQuestionType.TEXT, "意见与建议", "Comments", null, false)),
                14);
    }

    private static SurveyQuestion q(
            String code, SurveyQuestionType type, String zh, String en, String touchpoint, boolean required) {
        return new SurveyQuestion(code, type, zh, en, List.of(), touchpoint, required);
    }
}
