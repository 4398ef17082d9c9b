"""Institutions and their booking requests in the admin: the coordinator links contacts to
institutions, sees who fits a request and proposes one volunteer."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from accounts.roles import INSTITUTION
from core.errors import ApplicationError
from core.permissions import may

from .models import BookingRequest, Institution
from .selectors import booking_admin_list, fitting_volunteers
from .services import booking_cancel, booking_propose

Status = BookingRequest.Status
DETAILS = ["institution", "role", "date", "time_from", "time_to", "place", "children", "note"]


@admin.register(Institution)
class InstitutionAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "area", "address"]
    list_filter = ["kind", "area"]
    search_fields = ["name", "area", "address"]
    filter_horizontal = ["contacts"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "contacts":
            # Invited with the role "Institutionskontakt"; linked here once they accepted.
            kwargs["queryset"] = db_field.related_model.objects.filter(
                groups__name=INSTITUTION.name
            ).order_by("email")
            kwargs["help_text"] = _(
                "Brugere med rollen Institutionskontakt. Invitér personen først under "
                "Invitationer; når invitationen er taget imod, kan du vælge dem her."
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)


@admin.register(BookingRequest)
class BookingRequestAdmin(admin.ModelAdmin):
    list_display = ["institution", "date", "window", "children", "status", "volunteer"]
    list_filter = ["status", "role", "institution__area"]
    search_fields = ["institution__name", "place", "volunteer__name"]
    date_hierarchy = "date"
    actions = ["cancel_bookings"]

    def get_queryset(self, request):
        return booking_admin_list(super().get_queryset(request))

    def get_fields(self, request, obj=None):
        if obj is None:
            return DETAILS
        return [*DETAILS, "status", "volunteer", "proposal", "requested_by", "occasion"]

    def get_readonly_fields(self, request, obj=None):
        # Requests change through their steps (propose, answer, cancel), not by editing.
        return [] if obj is None else self.get_fields(request, obj)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.requested_by = request.user
        super().save_model(request, obj, form, change)

    def has_delete_permission(self, request, obj=None):
        return False  # a booking is cancelled (both sides are told), never deleted

    @admin.display(description=_("tid"))
    def window(self, booking):
        return f"{booking.time_from:%H.%M}–{booking.time_to:%H.%M}"

    @admin.display(description=_("forslag"))
    def proposal(self, booking):
        if booking.status not in (Status.REQUESTED, Status.PROPOSED):
            return "–"
        url = reverse("admin:institutions_bookingrequest_propose", args=[booking.pk])
        return format_html(
            '<a class="button" href="{}">{}</a>', url, _("Se frivillige, der passer, og foreslå en")
        )

    def get_urls(self):
        propose = self.admin_site.admin_view(self.propose_view)
        return [
            path("<int:pk>/foreslaa/", propose, name="institutions_bookingrequest_propose"),
            *super().get_urls(),
        ]

    def propose_view(self, request, pk):
        if not may(request.user, "institutions.change_bookingrequest"):
            raise PermissionDenied
        booking = booking_admin_list(BookingRequest.objects).filter(pk=pk).first()
        if booking is None:
            raise Http404
        change_url = reverse("admin:institutions_bookingrequest_change", args=[booking.pk])
        if request.method == "POST":
            chosen = request.POST.get("volunteer", "")
            try:
                booking_propose(
                    booking_id=booking.pk,
                    # Not an id: nobody fits, and the service says so.
                    volunteer_id=int(chosen) if chosen.isdecimal() and len(chosen) < 16 else 0,
                    by=request.user,
                )
            except ApplicationError as error:
                messages.error(request, error.message)
                return HttpResponseRedirect(request.path)
            messages.success(request, _("Besøget er foreslået. Den frivillige får en e-mail."))
            return HttpResponseRedirect(change_url)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Foreslå en frivillig"),
            "opts": self.model._meta,
            "original": booking,
            "booking": booking,
            "volunteers": list(fitting_volunteers(booking)),
            "change_url": change_url,
        }
        return TemplateResponse(request, "admin/institutions/bookingrequest/propose.html", context)

    @admin.action(
        description=_("Aflys de valgte bookinger (begge parter får besked)"),
        permissions=["change"],
    )
    def cancel_bookings(self, request, queryset):
        for booking in queryset:
            booking_cancel(booking_id=booking.pk)
        self.message_user(request, _("Bookingerne er aflyst."), messages.SUCCESS)
