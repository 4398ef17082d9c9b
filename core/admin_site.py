"""The admin site: reached only through the site's login, with a second factor, by staff."""

import inspect
from functools import update_wrapper

from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.urls import URLResolver, reverse
from django.utils.translation import gettext_lazy as _

from . import dashboard, permissions
from .middleware import accepts_uploads


class PortalAdminSite(admin.AdminSite):
    site_header = _("+DIG – redigering")
    site_title = _("+DIG redigering")
    index_title = _("Indhold og brugere")

    def has_permission(self, request):
        user = request.user
        return user.is_active and user.is_staff and not permissions.lacks_second_factor(user)

    def admin_view(self, view, cacheable=False):
        inner = super().admin_view(view, cacheable)

        def wrapper(request, *args, **kwargs):
            user = request.user
            if (
                view != self.logout
                and user.is_active
                and user.is_staff
                and permissions.lacks_second_factor(user)
            ):
                return permissions.second_factor_setup_redirect(request)
            return inner(request, *args, **kwargs)

        return update_wrapper(wrapper, view)

    def get_urls(self):
        # Staff upload images and members' documents here: every admin view takes an upload's
        # worth of body from those who may use the admin (core.middleware).
        urls = super().get_urls()
        _mark_uploads(urls, self.has_permission)
        return urls

    def index(self, request, extra_context=None):
        # The editors' front page: scheduled items, drafts, recent changes, the apps' panels.
        context = {
            "dashboard_panels": dashboard.panels(request.user, self),
            **(extra_context or {}),
        }
        return super().index(request, extra_context=context)

    def login(self, request, extra_context=None):
        # Everyone logs in through the site (allauth: rate limits, two-factor). Someone already
        # logged in without admin access gets a plain answer, not a loop back to a login.
        if request.user.is_authenticated:
            return permissions.forbidden(
                request,
                message=_(
                    "Du er logget ind, men din bruger har ikke adgang til redigering. "
                    "Kontakt sekretariatet, hvis du skal have adgang."
                ),
            )
        next_url = request.GET.get("next") or reverse("admin:index")
        return redirect_to_login(next_url, login_url=reverse("account_login"))


def _mark_uploads(patterns, allowed) -> None:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            _mark_uploads(pattern.url_patterns, allowed)
        elif not inspect.ismethod(pattern.callback):  # the login and logout: no files there
            accepts_uploads(pattern.callback, allowed=allowed)
