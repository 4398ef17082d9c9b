"""Mine sider: a signed-in person's own applications, sign-ups and calendar, and consent
withdrawal (their data's download and erasure: accounts/personal_data_views.py)."""

from django.contrib import messages
from django.contrib.auth import logout
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from core.errors import ApplicationError
from core.permissions import private
from core.site import absolute_url
from signups.selectors import calendar_feed_of, signups_of

from .. import hooks, selectors
from ..forms import AnswerForm
from ..models import Application
from ..services import applications as services
from ..services import personal_data


def _context(request, forms=None):
    user = request.user
    applications = list(selectors.applications_of(user))
    forms = forms or {}
    feed = calendar_feed_of(user)
    for application in applications:
        if application.status == Application.Status.MORE_INFO:
            application.answer_form = forms.get(application.pk) or AnswerForm(
                application=application
            )
    return {
        "volunteer": selectors.volunteer_of(user),
        "applications": applications,
        "signups": list(signups_of(user)),
        "feed": feed,
        "feed_url": feed and absolute_url(reverse("calendar_feed", args=[feed.token])),
        "sections": hooks.my_pages_sections(),
    }


@require_safe
@private()
def my_pages(request):
    return render(request, "volunteers/my_pages/index.html", _context(request))


@require_POST
@private()
def answer(request, pk):
    application = selectors.applications_of(request.user).filter(pk=pk).first()
    if application is None:
        raise Http404
    form = AnswerForm(request.POST, application=application)
    if form.is_valid():
        try:
            services.application_answer(
                application_id=application.pk, user=request.user, **form.cleaned_data
            )
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Tak for dit svar. Ansøgningen er sendt tilbage."))
        return redirect("volunteers:my_pages")
    return render(
        request,
        "volunteers/my_pages/index.html",
        _context(request, forms={application.pk: form}),
        status=400,
    )


@require_POST
@private()
def calendar_feed(request):
    if request.POST.get("action") == "remove":
        personal_data.calendar_feed_remove(user=request.user)
        messages.success(request, _("Kalenderadressen er slettet og virker ikke længere."))
    else:
        personal_data.calendar_feed_renew(user=request.user)
        messages.success(
            request, _("Din kalenderadresse er klar. En tidligere adresse virker ikke længere.")
        )
    return redirect("volunteers:my_pages")


@require_POST
@private()
def withdraw_consent(request):
    try:
        personal_data.consent_withdraw(user=request.user)
    except ApplicationError as refused:
        # A volunteer who also holds a staff role: their erasure is done by someone else.
        messages.error(request, refused.message)
        return redirect("personal_data:erase")
    logout(request)
    return redirect("personal_data:erased")
