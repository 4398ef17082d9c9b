from modeltranslation.translator import TranslationOptions, register

from .models import GoalAssessment, Indicator


@register(Indicator)
class IndicatorTranslation(TranslationOptions):
    fields = ("name", "unit", "definition", "source_note")


@register(GoalAssessment)
class GoalAssessmentTranslation(TranslationOptions):
    fields = ("story", "reason")
