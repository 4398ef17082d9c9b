from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.decorators.http import require_safe
from django.views.generic import RedirectView

from core.cache import public_page
from core.views import healthz, request_too_large
from pages.sitemaps import sitemaps
from pages.views import accessibility_statement, favicon, robots_txt
from signups.views import calendar_feed


def moved_admin(old_app: str, new_app: str, models: tuple[str, ...]):
    """Models that moved to another app keep their old admin addresses (bookmarks, links in
    e-mails already sent) as permanent redirects to the new ones."""
    return re_path(
        rf"^admin/{old_app}/(?P<model>{'|'.join(models)})/(?P<rest>.*)$",
        RedirectView.as_view(
            url=f"/admin/{new_app}/%(model)s/%(rest)s", permanent=True, query_string=True
        ),
    )


urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt),
    path("favicon.ico", favicon),
    path("was", accessibility_statement, name="was"),
    # Cached like the pages it lists, so it changes when they do.
    path(
        "sitemap.xml", require_safe(public_page(sitemap)), {"sitemaps": sitemaps()}, name="sitemap"
    ),
    moved_admin("volunteers", "institutions", ("institution", "bookingrequest")),
    moved_admin("alliance", "members", ("meeting", "agendaitem", "minutes", "document")),
    path("admin/", admin.site.urls),
    path("kalender/<str:token>.ics", calendar_feed, name="calendar_feed"),
]

urlpatterns += i18n_patterns(
    path("", include("pages.urls")),
    path("indsatsspor/", include("tracks.urls")),
    path("", include("initiatives.urls")),
    path("alliancen/", include("alliance.urls")),
    path("medlemmer/", include("members.urls")),
    path("tilmelding/", include("signups.urls")),
    # A person's own data, whichever apps hold it (accounts/personal_data.py).
    path("mine-sider/", include("accounts.personal_data_urls")),
    path("", include("volunteers.urls")),
    path("", include("institutions.urls")),
    path("unge/", include("voices.urls")),
    path("", include("measurement.urls")),
    path("konto/", include("accounts.urls")),
    path("konto/", include("allauth.urls")),
    # The page the proxy shows when it refuses a body as too large (deploy/Caddyfile).
    path("fejl/413/", require_safe(request_too_large), name="request_too_large"),
    prefix_default_language=False,
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler404 = "core.views.page_not_found"
handler403 = "core.views.permission_denied"
handler500 = "core.views.server_error"
