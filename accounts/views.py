from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.errors import ApplicationError
from core.ratelimit import limited

from . import services
from .forms import InvitationAcceptForm
from .second_factor import second_factor_required

LOGIN_BACKEND = "allauth.account.auth_backends.AuthenticationBackend"


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def invitation(request, token):
    """Accept an invitation: choose a password, and the account exists with its roles."""
    try:
        invite = services.invitation_for_token(token)
    except ApplicationError as invalid:
        return render(request, "accounts/invitation_invalid.html", {"error": invalid}, status=410)
    form = InvitationAcceptForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if limited(request, "invitation"):
            return render(request, "429.html", status=429)
        if form.is_valid():
            try:
                user = services.invitation_accept(
                    token=token,
                    password=form.cleaned_data["password1"],
                    first_name=form.cleaned_data["first_name"],
                    last_name=form.cleaned_data["last_name"],
                )
            except ApplicationError as invalid:
                return render(
                    request, "accounts/invitation_invalid.html", {"error": invalid}, status=410
                )
            except ValidationError as error:
                form.add_error("password1", error)
            else:
                login(request, user, backend=LOGIN_BACKEND)
                if second_factor_required(user):
                    return redirect("mfa_index")
                return redirect("pages:vision")
    return render(request, "accounts/invitation.html", {"form": form, "invitation": invite})
