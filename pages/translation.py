from modeltranslation.translator import TranslationOptions, register

from .models import Page


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "intro", "body")
