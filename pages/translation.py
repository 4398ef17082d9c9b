from modeltranslation.translator import TranslationOptions, register

from .models import HelpLine, Page


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "intro", "body")


@register(HelpLine)
class HelpLineTranslation(TranslationOptions):
    fields = ("name", "hours", "description")
