"""Approved volunteers' sessions: the list of what they may take, one button to take it."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from core.errors import ApplicationError
from core.permissions import forbidden, private

from ..models import Session
from ..selectors import active_volunteer_of, sessions_for
from ..services import sessions as services


@require_safe
@private()
def session_list(request):
    volunteer = active_volunteer_of(request.user)
    sessions = sessions_for(volunteer) if volunteer is not None else []
    return render(
        request, "volunteers/sessions.html", {"volunteer": volunteer, "sessions": sessions}
    )


def _volunteer_or_forbidden(request):
    volunteer = active_volunteer_of(request.user)
    if volunteer is None:
        return None, forbidden(request, message=_("Kun godkendte frivillige kan tage vagter."))
    return volunteer, None


@require_POST
@private()
def session_signup(request, pk):
    volunteer, refused = _volunteer_or_forbidden(request)
    if refused:
        return refused
    try:
        signup = services.session_signup(session_id=pk, volunteer=volunteer)
    except Session.DoesNotExist:
        raise Http404 from None
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        if signup.status == "confirmed":
            messages.success(
                request, _("Du har taget vagten. Bekræftelsen med kalenderfil er på vej.")
            )
        else:
            messages.info(
                request,
                _(
                    "Vagten er fuld, så du står på ventelisten. Bliver en plads ledig, "
                    "får du den tilbudt på e-mail."
                ),
            )
    return redirect("volunteers:sessions")


@require_POST
@private()
def session_leave(request, pk):
    volunteer, refused = _volunteer_or_forbidden(request)
    if refused:
        return refused
    try:
        signup = services.session_leave(session_id=pk, user=request.user)
    except Session.DoesNotExist:
        raise Http404 from None
    if signup is not None:
        messages.success(request, _("Du er meldt fra vagten. Tak fordi du sagde til."))
    return redirect("volunteers:sessions")
