"""The moderators' admin: the word list, schools, paper batches, the tour and the card list
with batch approval. Reading and redacting one card happens in the moderation view (views.py).

No django-reversion here: a version history would keep every unmasked text.
"""

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services
from .forms import PaperBatchForm
from .models import PaperBatch, Postcard, RiskWord, School, TourPart


@admin.register(RiskWord)
class RiskWordAdmin(admin.ModelAdmin):
    list_display = ["word", "inflect", "note"]
    search_fields = ["word", "note"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        moved = services.waiting_recheck_risk()
        if moved:
            self.message_user(
                request,
                _("%(count)d ventende postkort er flyttet til de bekymrende.") % {"count": moved},
                messages.WARNING,
            )


@admin.register(School)
class SchoolAdmin(admin.ModelAdmin):
    list_display = ["name", "order"]
    list_editable = ["order"]


@admin.register(TourPart)
class TourPartAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "school", "date", "order"]
    list_filter = ["kind"]


@admin.register(PaperBatch)
class PaperBatchAdmin(admin.ModelAdmin):
    form = PaperBatchForm
    list_display = ["source", "collected_on", "school", "card_count"]
    fields = ["school", "collected_on", "source", "cards"]

    @admin.display(description=_("postkort"))
    def card_count(self, batch):
        return batch.postcards.count()

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        cards = services.batch_add_cards(obj, form.cleaned_data.get("cards", ""))
        if cards:
            messages.success(
                request,
                ngettext(
                    "%(count)d postkort er lagt i køen.",
                    "%(count)d postkort er lagt i køen.",
                    len(cards),
                )
                % {"count": len(cards)},
            )


@admin.register(Postcard)
class PostcardAdmin(admin.ModelAdmin):
    list_display = ["__str__", "lane", "status", "received_on", "school", "short_text", "follow_up"]
    list_filter = ["status", "is_risk", "follow_up", "school", "theme", "age_band"]
    ordering = ["-is_risk", "pk"]
    actions = ["approve_ordinary", "reject"]
    # Cards change only through the moderation view and the actions (services, audit log).
    readonly_fields = [
        "text",
        "school",
        "age_band",
        "theme",
        "batch",
        "received_on",
        "status",
        "is_risk",
        "risk_words",
        "follow_up",
        "follow_up_note",
        "is_redacted",
        "decided_at",
        "moderate_link",
    ]
    exclude = ["original_text"]

    def has_add_permission(self, request):
        return False  # young people write on /unge/, staff type paper cards in batches

    @admin.display(description=_("spor"), ordering="is_risk")
    def lane(self, card):
        return _("Bekymrende") if card.is_risk else _("Almindelig")

    @admin.display(description=_("tekst"))
    def short_text(self, card):
        return card.text[:80]

    @admin.display(description=_("læs og behandl"))
    def moderate_link(self, card):
        return format_html(
            '<a href="{}">{}</a>', reverse("voices:moderate", args=[card.pk]), _("Åbn postkortet")
        )

    @admin.action(description=_("Godkend valgte almindelige postkort"), permissions=["moderate"])
    def approve_ordinary(self, request, queryset):
        count = services.postcards_approve_ordinary(queryset.values_list("pk", flat=True))
        skipped = queryset.count() - count
        self.message_user(request, _("%(count)d postkort er godkendt.") % {"count": count})
        if skipped:
            self.message_user(
                request,
                _("%(count)d bekymrende eller allerede behandlede postkort blev sprunget over.")
                % {"count": skipped},
                messages.WARNING,
            )

    @admin.action(description=_("Vis ikke de valgte postkort"), permissions=["moderate"])
    def reject(self, request, queryset):
        for pk in queryset.values_list("pk", flat=True):
            services.postcard_reject(pk)
        self.message_user(request, _("De valgte postkort vises ikke."))

    def has_moderate_permission(self, request):
        return request.user.has_perm("voices.moderate_postcard")
