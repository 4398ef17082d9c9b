from modeltranslation.translator import TranslationOptions, register

from .models import AllianceMember, Partner, SecretariatContact


@register(AllianceMember)
class AllianceMemberTranslation(TranslationOptions):
    fields = ("title",)


@register(Partner)
class PartnerTranslation(TranslationOptions):
    fields = ("description",)


@register(SecretariatContact)
class SecretariatContactTranslation(TranslationOptions):
    fields = ("title",)
