"""Every absolute URL comes from SITE_URL, never from the Host header of the request."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.sites.models import Site
from django.core import mail
from django.test import override_settings

from core.site import sync_site
from tests.factories import InitiativeFactory, UserFactory

pytestmark = pytest.mark.django_db

SITE = "https://plusdig.example.org"
OTHER_HOST = "intern.example.org"  # allowed, as a proxy's internal name might be


@pytest.fixture
def site_url():
    with override_settings(
        SITE_URL=SITE, ALLOWED_HOSTS=["plusdig.example.org", OTHER_HOST, "testserver"]
    ):
        sync_site()
        yield
    sync_site()


def test_the_site_row_names_the_portal_after_migrate():
    site = Site.objects.get_current()
    assert (site.domain, site.name) == ("testserver", "+DIG")  # the test settings' SITE_URL


def test_robots_names_the_sitemap_at_the_configured_address(client, site_url):
    robots = client.get("/robots.txt", headers={"host": OTHER_HOST}).content.decode()
    assert f"Sitemap: {SITE}/sitemap.xml" in robots
    assert OTHER_HOST not in robots


def test_sitemap_urls_use_the_configured_scheme_and_host(client, site_url):
    initiative = InitiativeFactory()
    sitemap = client.get("/sitemap.xml", headers={"host": OTHER_HOST}).content.decode()
    urls = re.findall(r'(?:<loc>|href=")([^<"]+)', sitemap)
    assert f"{SITE}{initiative.get_absolute_url()}" in urls
    assert urls and all(url.startswith(f"{SITE}/") for url in urls), urls


def test_links_in_e_mails_use_the_configured_address(client, site_url):
    user = UserFactory(email="frivillig@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    response = client.post(
        "/konto/password/reset/", {"email": user.email}, headers={"host": OTHER_HOST}
    )
    assert response.status_code == 302
    (message,) = mail.outbox
    assert f"{SITE}/konto/password/reset/key/" in message.body
    assert OTHER_HOST not in message.body
    assert "example.com" not in message.body
    assert "+DIG" in message.body and "plusdig.example.org" in message.body  # current_site


def test_build_absolute_uri_uses_the_configured_address(rf, site_url):
    from core.middleware import SiteURLMiddleware

    seen = {}

    def view(request):
        seen["url"] = request.build_absolute_uri("/initiativer/")
        seen["host"] = request.get_host()

    SiteURLMiddleware(view)(rf.get("/", headers={"host": OTHER_HOST}))
    assert seen == {"url": f"{SITE}/initiativer/", "host": OTHER_HOST}


def test_a_host_outside_allowed_hosts_is_still_refused(client, site_url):
    assert client.get("/healthz", headers={"host": "evil.example"}).status_code == 400
