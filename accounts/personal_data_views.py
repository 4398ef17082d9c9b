"""A signed-in person's own data on Mine sider: the download, and erasing it (for people
without a staff role; see accounts/personal_data.py). Any account may use them."""

from django.contrib.auth import logout
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from core.errors import ApplicationError
from core.permissions import private

from . import personal_data
from .roles import roles_of


@require_safe
@private()
def export(request):
    response = HttpResponse(
        personal_data.export_archive(request.user), content_type="application/zip"
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="mine-data-{stamp}.zip"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@private()
def erase(request):
    user = request.user
    if personal_data.erased_by_another(user):
        # A staff account: the page says why not and whom to ask; a POST changes nothing.
        context = {
            "roles": [role for role in roles_of(user) if role.staff],
            "erasers": personal_data.erasers_of(user),
        }
        status = 403 if request.method == "POST" else 200
        return render(
            request, "accounts/personal_data/erase_by_another.html", context, status=status
        )
    if request.method == "POST":
        try:
            personal_data.person_erase(user=user, by=user)
        except ApplicationError as refused:
            return render(request, "403.html", {"message": refused.message}, status=403)
        logout(request)
        return redirect("personal_data:erased")
    sections = personal_data.person_export(user, files=False)
    return render(request, "accounts/personal_data/erase.html", {"sections": sections})


@require_safe
def erased(request):
    return render(request, "accounts/personal_data/erased.html")
