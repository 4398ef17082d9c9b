"""The moderators' admin: the word list, schools, paper batches, the tour and the card list
with batch approval. Reading and redacting one card happens in the moderation view (views.py).

No django-reversion here: a version history would keep every unmasked text.
"""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.debug import sensitive_post_parameters

from . import services, trial
from .forms import PaperBatchForm, RiskWordForm, TryTextForm
from .lexicon import analyse, restore_default
from .models import PaperBatch, Postcard, RiskWord, School, TourPart


class OriginFilter(admin.SimpleListFilter):
    title = _("oprindelse")
    parameter_name = "oprindelse"

    def lookups(self, request, model_admin):
        return [
            ("standard", _("Standardlisten")),
            ("aendret", _("Standardlisten, ændret")),
            ("egen", _("Moderatorernes egne")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "standard":
            return queryset.exclude(default_key=None).filter(edited=False)
        if self.value() == "aendret":
            return queryset.exclude(default_key=None).filter(edited=True)
        if self.value() == "egen":
            return queryset.filter(default_key=None)
        return queryset


@admin.register(RiskWord)
class RiskWordAdmin(admin.ModelAdmin):
    """The moderators' risk list: the default lines, their own, and the idioms that must not
    count. An edit can be tried on a text and on the labelled cards before it is saved."""

    form = RiskWordForm
    change_form_template = "admin/voices/riskword/change_form.html"
    change_list_template = "admin/voices/riskword/change_list.html"
    list_display = ["word", "kind", "category", "is_active", "origin", "note"]
    list_filter = ["kind", "category", "is_active", OriginFilter]
    search_fields = ["word", "note"]
    fieldsets = [
        (None, {"fields": ["word", "kind", "category", "inflect", "is_active", "note"]}),
        (_("Prøv en tekst"), {"fields": ["try_text"]}),
    ]
    actions = ["restore_default"]

    @admin.display(description=_("oprindelse"))
    def origin(self, row):
        if row.default_key is None:
            return _("Moderatorernes egen")
        return _("Standardlisten, ændret") if row.edited else _("Standardlisten")

    def get_urls(self):
        urls = [
            path(
                "proev/",
                self.admin_site.admin_view(sensitive_post_parameters("text")(self.try_view)),
                name="voices_riskword_try",
            )
        ]
        return urls + super().get_urls()

    def try_view(self, request):
        """A text and the labelled cards against the list as it is now."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        form = TryTextForm(request.POST or None)
        text = form.cleaned_data["text"] if form.is_valid() else ""
        context = {
            **self.admin_site.each_context(request),
            "title": _("Prøv ordlisten"),
            "opts": self.model._meta,
            "form": form,
            "trial": trial.trial(text),
            "tried": request.method == "POST",
        }
        return TemplateResponse(request, "admin/voices/riskword/try.html", context)

    @method_decorator(sensitive_post_parameters("try_text"))
    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and "_try" in request.POST:
            return self._try_edit(request, object_id, form_url)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _try_edit(self, request, object_id, form_url):
        """The edited line tried without saving: the form comes back with the trial's figures."""
        obj = self.get_object(request, unquote(object_id)) if object_id else None
        allowed = (
            self.has_change_permission(request, obj) if obj else self.has_add_permission(request)
        )
        if not allowed:
            raise PermissionDenied
        form = self.get_form(request, obj, change=obj is not None)(request.POST, instance=obj)
        result = None
        if form.is_valid():
            candidate = form.save(commit=False)
            candidate.analysis = analyse(candidate.word)
            result = trial.trial(form.cleaned_data.get("try_text", ""), edited=candidate)
        fieldsets = self.get_fieldsets(request, obj)
        admin_form = helpers.AdminForm(
            form, list(fieldsets), {}, self.get_readonly_fields(request, obj), model_admin=self
        )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Prøv ændringen"),
            "adminform": admin_form,
            "object_id": object_id,
            "original": obj,
            "is_popup": False,
            "to_field": None,
            "media": self.media + admin_form.media,
            "inline_admin_formsets": [],
            "errors": helpers.AdminErrorList(form, []),
            "preserved_filters": self.get_preserved_filters(request),
            "trial": result,
        }
        return self.render_change_form(
            request, context, add=obj is None, change=obj is not None, obj=obj, form_url=form_url
        )

    def save_model(self, request, obj, form, change):
        if obj.default_key and form.changed_data:
            obj.edited = True  # an update of the default list leaves it alone from now on
        obj.analysis = analyse(obj.word)
        super().save_model(request, obj, form, change)
        moved = services.waiting_recheck_risk()
        if moved:
            self.message_user(
                request,
                _("%(count)d ventende postkort er flyttet til de bekymrende.") % {"count": moved},
                messages.WARNING,
            )

    def delete_model(self, request, obj):
        self.delete_queryset(request, RiskWord.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        # A default line is switched off, not deleted: the next update would bring it back.
        switched = queryset.exclude(default_key=None).update(is_active=False, edited=True)
        queryset.filter(default_key=None).delete()
        if switched:
            self.message_user(
                request,
                _(
                    "%(count)d linjer fra standardlisten er slået fra i stedet for at blive "
                    "slettet; de kan slås til igen."
                )
                % {"count": switched},
                messages.WARNING,
            )

    @admin.action(description=_("Gendan valgte linjer fra standardlisten"))
    def restore_default(self, request, queryset):
        rows = list(queryset.exclude(default_key=None))
        for row in rows:
            restore_default(row)
        self.message_user(
            request,
            _("%(count)d linjer er sat tilbage, som standardlisten har dem.")
            % {"count": len(rows)},
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
    list_display = [
        "__str__",
        "lane",
        "status",
        "received_on",
        "school",
        "short_text",
        "read",
        "follow_up",
    ]
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
        "risk_categories",
        "opened_at",
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
        # A worrying card is read in the moderation view, one at a time; the list shows what it
        # may be about.
        if card.is_risk:
            return ", ".join(card.risk_category_labels)
        return card.text[:80]

    @admin.display(description=_("læst"), boolean=True, ordering="opened_at")
    def read(self, card):
        return card.opened_at is not None

    @admin.display(description=_("læs og behandl"))
    def moderate_link(self, card):
        return format_html(
            '<a href="{}">{}</a>', reverse("voices:moderate", args=[card.pk]), _("Åbn postkortet")
        )

    @admin.action(
        description=_("Godkend valgte almindelige postkort, der er læst"), permissions=["moderate"]
    )
    def approve_ordinary(self, request, queryset):
        count = services.postcards_approve_ordinary(queryset.values_list("pk", flat=True))
        skipped = queryset.count() - count
        self.message_user(request, _("%(count)d postkort er godkendt.") % {"count": count})
        if skipped:
            self.message_user(
                request,
                _(
                    "%(count)d postkort blev sprunget over: de er bekymrende, allerede behandlet "
                    "eller endnu ikke åbnet af en moderator. Åbn og læs dem først."
                )
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
