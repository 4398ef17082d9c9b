from modeltranslation.translator import TranslationOptions, register

from .models import Event, Initiative, NewsPost


@register(Initiative)
class InitiativeTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "image_alt")


@register(NewsPost)
class NewsPostTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "image_alt")


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "summary", "description", "location", "price")
