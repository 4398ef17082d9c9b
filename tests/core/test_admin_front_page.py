"""The admin the secretariat works in: its front page, publishing states in the lists, Danish
field labels, and the preview banner's way back to editing."""

from datetime import timedelta

import pytest
import reversion
from django.test import Client
from django.utils import timezone

from core import dashboard
from tests.factories import (
    ApplicationFactory,
    EventFactory,
    InitiativeFactory,
    NewsPostFactory,
    PageFactory,
    RoleUserFactory,
    StaffUserFactory,
    TrackFactory,
)

pytestmark = pytest.mark.django_db


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def later(days=3):
    return timezone.now() + timedelta(days=days)


def test_front_page_lists_scheduled_items_and_drafts_for_editors(staff_client):
    InitiativeFactory(title="Læsehestene kommer", publish_from=later())
    NewsPostFactory(title="Ny nyhed i kladde", status="draft")
    InitiativeFactory(title="Allerede synlig")

    page = staff_client.get("/admin/")

    assert page.status_code == 200
    panels = {str(panel["title"]): panel["entries"] for panel in page.context["dashboard_panels"]}
    scheduled = [entry.label for entry in panels["Planlagt til at blive vist"]]
    drafts = [entry.label for entry in panels["Kladder i gang"]]
    assert scheduled == ["Læsehestene kommer"]
    assert drafts == ["Ny nyhed i kladde"]
    html = page.content.decode()
    assert "Læsehestene kommer" in html and "Ny nyhed i kladde" in html
    assert "Allerede synlig" not in html.split('class="dashboard-panels"')[1].split("app-")[0]
    # Each line links to the item's change page.
    entry = panels["Planlagt til at blive vist"][0]
    assert entry.url.startswith("/admin/initiatives/initiative/") and entry.url.endswith("/change/")
    assert f'href="{entry.url}"' in html


def test_front_page_lists_recent_changes_with_who_made_them(staff_user, staff_client):
    track = TrackFactory(title="Trivsel")
    with reversion.create_revision():
        reversion.set_user(staff_user)
        reversion.set_comment("Rettet")
        track.save()

    recent = {
        str(panel["title"]): panel["entries"]
        for panel in staff_client.get("/admin/").context["dashboard_panels"]
    }["Senest ændret"]

    assert [entry.label for entry in recent] == ["Trivsel"]
    assert staff_user.email in recent[0].note
    assert recent[0].url == f"/admin/tracks/track/{track.pk}/change/"


def test_recent_changes_show_only_what_the_viewer_may_see():
    track = TrackFactory(title="Kun for redaktører")
    with reversion.create_revision():
        track.save()
    coordinator = RoleUserFactory(roles=["coordinator"])

    assert [e.label for e in dashboard.recent_changes(StaffUserFactory(), _site())] == [
        "Kun for redaktører"
    ]
    assert dashboard.recent_changes(coordinator, _site()) == []
    assert dashboard.scheduled(coordinator) == [] and dashboard.drafts(coordinator) == []


def _site():
    from django.contrib import admin

    return admin.site


def test_waiting_applications_panel_is_shown_only_to_those_who_may_see_applications():
    application = ApplicationFactory(name="Kirsten Læser")
    coordinator_page = logged_in(RoleUserFactory(roles=["coordinator"])).get("/admin/")
    editor_page = logged_in(StaffUserFactory()).get("/admin/")

    titles = [str(panel["title"]) for panel in coordinator_page.context["dashboard_panels"]]
    assert "Ansøgninger der venter" in titles
    html = coordinator_page.content.decode()
    assert "Kirsten Læser" in html
    assert f"/admin/volunteers/application/{application.pk}/change/" in html
    editor_titles = [str(panel["title"]) for panel in editor_page.context["dashboard_panels"]]
    assert "Ansøgninger der venter" not in editor_titles
    assert "Kirsten Læser" not in editor_page.content.decode()


def test_front_page_costs_the_same_queries_whatever_the_amount_of_content(
    staff_client, django_assert_max_num_queries
):
    def fill(n):
        for i in range(n):
            item = InitiativeFactory(title=f"Planlagt {i}", publish_from=later())
            EventFactory(status="draft")
            with reversion.create_revision():
                item.save()

    fill(2)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        staff_client.get("/admin/")
    fill(15)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = staff_client.get("/admin/")
    panels = {str(p["title"]): p["entries"] for p in page.context["dashboard_panels"]}
    assert len(panels["Planlagt til at blive vist"]) == dashboard.LIMIT
    assert len(panels["Kladder i gang"]) == dashboard.LIMIT
    assert len(panels["Senest ændret"]) == dashboard.LIMIT


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda: InitiativeFactory(), "Synlig nu"),
        (lambda: InitiativeFactory(publish_from=later()), "Planlagt"),
        (lambda: InitiativeFactory(status="draft"), "Kladde"),
    ],
)
def test_change_list_shows_the_publishing_state_in_words(staff_client, make, expected):
    make()
    html = staff_client.get("/admin/initiatives/initiative/").content.decode()
    assert expected in html
    assert 'class="state state--' in html
    # One state column instead of status, publish-from and a yes/no "synlig nu".
    assert "column-state" in html
    assert "column-is_live" not in html and "column-publish_from" not in html


def test_scheduled_state_names_its_date(staff_client):
    when = timezone.localtime(later(days=10)).replace(hour=9, minute=30)
    PageFactory(title="Om os", publish_from=when)
    html = staff_client.get("/admin/pages/page/").content.decode()
    assert "Planlagt" in html
    assert f"{when.day}. " in html and "kl. 09.30" in html


def test_translated_fields_are_labelled_with_the_language_in_words(staff_client):
    html = staff_client.get("/admin/initiatives/initiative/add/").content.decode()
    assert "Titel (dansk)" in html and "Titel (engelsk)" in html
    assert "[da]" not in html and "[en]" not in html


def test_preview_banner_links_editors_back_to_the_change_page(staff_client):
    draft = InitiativeFactory(status="draft")
    html = staff_client.get(draft.get_absolute_url()).content.decode()
    banner = html.split('class="preview-banner"')[1].split("</p>")[0]
    assert f'href="/admin/initiatives/initiative/{draft.pk}/change/"' in banner
    assert "Rediger" in banner


def test_preview_banner_has_no_edit_link_for_those_who_may_only_view():
    from django.contrib.auth.models import Permission

    draft = InitiativeFactory(status="draft")
    viewer = RoleUserFactory()
    viewer.user_permissions.add(Permission.objects.get(codename="view_initiative"))

    response = logged_in(viewer).get(draft.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert "Forhåndsvisning" in html
    assert "/admin/initiatives/" not in html and "Rediger" not in html


def test_history_and_restore_pages_speak_plain_danish(staff_user, staff_client):
    track = TrackFactory(title="Trivsel")
    for title in ("Trivsel i dagtilbud", "Trivsel i skolen"):
        with reversion.create_revision():
            reversion.set_user(staff_user)
            reversion.set_comment(f"Ændrede titel til {title}")
            track.title = title
            track.save()

    history = staff_client.get(f"/admin/tracks/track/{track.pk}/history/").content.decode()
    assert "den nyeste øverst" in history
    assert history.index("til Trivsel i skolen") < history.index("til Trivsel i dagtilbud")
    assert "Revertere" not in history and "objekt" not in history

    oldest = reversion.models.Version.objects.get_for_object(track).last()
    form = staff_client.get(f"/admin/tracks/track/{track.pk}/history/{oldest.pk}/")
    html = form.content.decode()
    assert form.status_code == 200
    assert "Gendan en tidligere version af Trivsel i dagtilbud" in html
    assert "Tryk på Gem nederst for at gendanne denne version" in html
    assert "Revertere" not in html and "revertere" not in html

    track.delete()
    deleted = staff_client.get("/admin/tracks/track/recover/").content.decode()
    assert "Slettede indsatsspor, der kan gendannes" in deleted and "Trivsel i skolen" in deleted


def test_rich_text_editors_base_styles_are_allowed_by_hash_on_its_pages_only(staff_client):
    import base64
    import hashlib

    from core.middleware import editor_style_hashes

    # The very stylesheet the editor's script injects, found in the installed package.
    (allowed,) = editor_style_hashes()
    assert allowed.startswith("'sha256-")
    from pathlib import Path

    from django.contrib.staticfiles import finders

    script = Path(finders.find("django_prose_editor/editor.js")).read_text(encoding="utf-8")
    start = script.index("`.ProseMirror {") + 1
    css = script[start : script.index("`", start)]
    assert "white-space: pre-wrap" in css
    assert allowed == f"'sha256-{base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()}'"

    with_editor = staff_client.get("/admin/initiatives/initiative/add/")["Content-Security-Policy"]
    style_src = next(p for p in with_editor.split(";") if p.strip().startswith("style-src"))
    assert style_src.split()[1:] == ["'self'", allowed]
    assert "unsafe-inline" not in with_editor
    # A page without the editor keeps the plain policy.
    without = staff_client.get("/admin/initiatives/initiative/")["Content-Security-Policy"]
    assert allowed not in without
