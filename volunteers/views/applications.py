"""The public side: open roles, the application form, the e-mail and guardian links."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from core.cache import public_page
from core.errors import ApplicationError
from core.ratelimit import limited
from pages.models import Page
from pages.selectors import page_by_key

from .. import selectors
from ..forms import ApplicationForm
from ..links import LinkInvalid, read_link
from ..models import Application
from ..services import applications as services


@require_safe
@public_page
def roles(request):
    try:
        page = page_by_key(key=Page.Key.VOLUNTEER, user=request.user)
    except Http404:
        page = None  # the roles are worth showing before an editor writes the intro
    return render(
        request, "volunteers/roles.html", {"page": page, "roles": list(selectors.open_roles())}
    )


@require_http_methods(["GET", "HEAD", "POST"])
def apply(request, slug):
    role = selectors.open_role(slug)
    if role is None:
        raise Http404
    consent = selectors.latest_consent_text()
    form = ApplicationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if limited(request, "application"):
            return render(request, "429.html", status=429)
        if consent is None:
            # The form was loaded while a consent text was in force; without one nothing can
            # be consented to, so say so and give back what was typed.
            form.is_valid()
            form.add_error(
                None,
                _(
                    "Vi kan ikke tage imod ansøgninger lige nu, fordi samtykketeksten er ved at "
                    "blive opdateret. Det, du skrev, står herunder – prøv igen senere, eller "
                    "skriv til sekretariatet."
                ),
            )
        elif form.is_valid():
            data = form.cleaned_data
            services.application_submit(
                role=role,
                consent=consent,
                name=data["name"],
                email=data["email"],
                phone=data["phone"],
                age_band=data["age_band"],
                motivation=data["motivation"],
                availability=data["availability"],
                guardian_email=data["guardian_email"],
                language=get_language(),
            )
            return redirect("volunteers:thanks", slug=role.slug)
    return render(
        request, "volunteers/apply.html", {"role": role, "form": form, "consent": consent}
    )


@require_safe
def thanks(request, slug):
    role = get_object_or_404(selectors.open_roles(), slug=slug)
    return render(request, "volunteers/thanks.html", {"role": role})


def _from_link(request, token, purpose):
    try:
        application_id = read_link(token, purpose)
    except LinkInvalid as error:
        # An expired link was real once: 410 Gone, as the sign-up links answer; a made-up or
        # damaged one is 404.
        status = 410 if error.reason == "expired" else 404
        return None, render(
            request, "volunteers/link_invalid.html", {"reason": error.reason}, status=status
        )
    application = Application.objects.select_related("role").filter(pk=application_id).first()
    if application is None:  # deleted meanwhile (never confirmed, or erased)
        return None, render(request, "volunteers/link_invalid.html", {"reason": "gone"}, status=410)
    return application, None


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """The applicant's e-mail link; a GET changes nothing (mail scanners open links)."""
    application, problem = _from_link(request, token, "confirm")
    if problem:
        return problem
    done = application.status != Application.Status.UNCONFIRMED
    if request.method == "POST" and not done:
        try:
            application = services.application_confirm_email(application_id=application.pk)
        except ApplicationError as error:
            return render(
                request, "volunteers/link_invalid.html", {"message": error.message}, status=409
            )
        done = True
    return render(request, "volunteers/confirm.html", {"application": application, "done": done})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def guardian(request, token):
    application, problem = _from_link(request, token, "guardian")
    if problem:
        return problem
    done = application.guardian_consented_at is not None
    if request.method == "POST" and not done:
        application = services.application_guardian_confirm(application_id=application.pk)
        done = application.guardian_consented_at is not None
    return render(request, "volunteers/guardian.html", {"application": application, "done": done})
