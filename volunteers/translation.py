from modeltranslation.translator import TranslationOptions, register

from .models import VolunteerRole


@register(VolunteerRole)
class VolunteerRoleTranslation(TranslationOptions):
    fields = ("title", "summary", "description", "time_commitment", "training", "area")
