from modeltranslation.translator import TranslationOptions, register

from .models import Goal, Imprint, ImprintStatus, Strategy, Track


@register(Track)
class TrackTranslation(TranslationOptions):
    fields = ("title", "short_description", "description", "purpose")


@register(Goal)
class GoalTranslation(TranslationOptions):
    fields = ("title",)


@register(Imprint)
class ImprintTranslation(TranslationOptions):
    fields = ("text",)


@register(ImprintStatus)
class ImprintStatusTranslation(TranslationOptions):
    fields = ("note",)


@register(Strategy)
class StrategyTranslation(TranslationOptions):
    fields = ("name",)
