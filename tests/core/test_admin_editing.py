"""Staff edit content in the admin: create, preview, schedule, publish, edit and restore."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from reversion.models import Version

from initiatives.models import Initiative
from tests.factories import InitiativeFactory, RoleUserFactory, TrackFactory, UserFactory

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/initiatives/initiative/add/"


def form_data(response) -> dict:
    """What a browser would send back for the admin form in `response`, unchanged."""
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        widget_data = field.widget.format_value(value) if value is not None else None
        if hasattr(field.widget, "widgets"):  # the split date/time widget
            date, time = (value or timezone.now()).astimezone().date(), value.astimezone().time()
            data[f"{name}_0"], data[f"{name}_1"] = date.isoformat(), time.strftime("%H:%M:%S")
        elif isinstance(value, list | tuple):
            data[name] = [str(v) for v in value]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = widget_data if isinstance(widget_data, str) else str(value)
    return data


def new_initiative_data(**overrides) -> dict:
    when = overrides.pop("publish_from", timezone.now() - timedelta(minutes=5)).astimezone()
    data = {
        "title_da": "Lejre Læser",
        "title_en": "Lejre Reads",
        "slug": "",
        "summary_da": "Højtlæsning for de mindste.",
        "summary_en": "",
        "body_da": "<p>Om <strong>læsning</strong>.</p><script>alert(1)</script>",
        "body_en": "",
        "phase": "active",
        "age_from": "2",
        "age_to": "6",
        "image_alt_da": "",
        "image_alt_en": "",
        "contact_name": "",
        "contact_email": "",
        "contact_phone": "",
        "order": "0",
        "status": "draft",
        "publish_from_0": when.date().isoformat(),
        "publish_from_1": when.strftime("%H:%M:%S"),
    }
    data.update(overrides)
    return data


def test_anonymous_visitors_and_non_staff_cannot_reach_the_admin(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    # The admin's login page hands over to the site's own login (rate-limited, allauth).
    login = client.get("/admin/login/?next=/admin/")
    assert login.status_code == 302 and login["Location"].startswith("/konto/login/")
    client.force_login(UserFactory())
    assert client.get("/admin/").status_code == 302
    assert client.get(ADD_URL).status_code == 302


def test_staff_create_preview_schedule_publish_edit_and_restore(
    client, staff_client, django_capture_on_commit_callbacks
):
    track = TrackFactory()

    # Create a draft: the slug comes from the Danish title, the body is sanitised.
    response = staff_client.post(ADD_URL, new_initiative_data(tracks=[track.pk]))
    assert response.status_code == 302, response.context["adminform"].form.errors
    initiative = Initiative.objects.get()
    assert initiative.slug == "lejre-laeser"
    assert "<script" not in initiative.body_da and "<strong>læsning</strong>" in initiative.body_da
    url = initiative.get_absolute_url()

    # Preview: staff see the draft, visitors do not.
    assert client.get(url).status_code == 404
    preview = staff_client.get(url)
    assert preview.status_code == 200 and "Forhåndsvisning" in preview.content.decode()

    # Schedule for tomorrow: still hidden until the time comes, then visible with no write.
    change_url = f"/admin/initiatives/initiative/{initiative.pk}/change/"
    data = form_data(staff_client.get(change_url))
    tomorrow = (timezone.now() + timedelta(days=1)).astimezone()
    data.update(status="published", publish_from_0=tomorrow.date().isoformat())
    assert staff_client.post(change_url, data).status_code == 302
    assert client.get(url).status_code == 404
    with time_machine.travel(tomorrow + timedelta(minutes=1)):
        assert client.get(url).status_code == 200

    # Publish now through the list action.
    staff_client.post(
        "/admin/initiatives/initiative/",
        {"action": "unpublish_selected", "_selected_action": [initiative.pk]},
    )
    initiative.refresh_from_db()
    assert initiative.status == "draft"
    staff_client.post(
        "/admin/initiatives/initiative/",
        {"action": "publish_selected", "_selected_action": [initiative.pk]},
    )
    initiative.refresh_from_db()
    data = form_data(staff_client.get(change_url))
    data.update(
        publish_from_0=timezone.now().astimezone().date().isoformat(), publish_from_1="00:00:00"
    )
    staff_client.post(change_url, data)
    assert client.get(url).status_code == 200

    # Edit the title: the slug (and so every shared link) stays.
    data = form_data(staff_client.get(change_url))
    data["title_da"] = "Lejre Læser – nu med læseheste"
    # The page cache is cleared once the edit is committed.
    with django_capture_on_commit_callbacks(execute=True):
        assert staff_client.post(change_url, data).status_code == 302
    initiative.refresh_from_db()
    assert initiative.slug == "lejre-laeser"
    assert "nu med læseheste" in client.get(url).content.decode()

    # Restore the first version from the history page.
    versions = Version.objects.get_for_object(initiative)
    assert versions.count() >= 4
    history = staff_client.get(f"/admin/initiatives/initiative/{initiative.pk}/history/")
    assert history.status_code == 200
    first = versions.last()
    revision_url = f"/admin/initiatives/initiative/{initiative.pk}/history/{first.pk}/"
    revision_form = staff_client.get(revision_url)
    assert revision_form.status_code == 200
    assert staff_client.post(revision_url, form_data(revision_form)).status_code == 302
    initiative.refresh_from_db()
    assert initiative.title_da == "Lejre Læser"
    assert initiative.status == "draft"


def test_image_without_alt_text_is_refused_with_a_clear_message(staff_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    gif = (
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00"
        b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
    )
    data = new_initiative_data(image=SimpleUploadedFile("foto.gif", gif, "image/gif"))
    response = staff_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "Skriv en alternativ tekst til billedet." in response.content.decode()
    assert not Initiative.objects.exists()
    assert "Lejre Læser" in response.content.decode()  # what was typed is kept


def test_admin_speaks_danish(staff_client):
    html = staff_client.get("/admin/").content.decode()
    assert "Initiativer" in html and "Indsatsspor" in html
    assert '<html lang="da"' in html


def test_slug_is_unique_and_transliterated():
    first = InitiativeFactory(title="Små børn på Ærø")
    second = InitiativeFactory(title="Små børn på Ærø")
    assert first.slug == "smaa-boern-paa-aeroe"
    assert second.slug == "smaa-boern-paa-aeroe-2"


def test_rich_text_editor_import_map_is_allowed_by_hash_not_by_unsafe_inline(staff_client):
    import base64
    import hashlib
    import re

    response = staff_client.get(ADD_URL)
    html = response.content.decode()
    importmap = re.search(r'<script type="importmap"[^>]*>(.*?)</script>', html, re.DOTALL)
    assert importmap, "the rich-text editor should be on the form"
    digest = base64.b64encode(hashlib.sha256(importmap.group(1).encode()).digest()).decode()
    policy = response["Content-Security-Policy"]
    assert f"'sha256-{digest}'" in policy
    assert "unsafe-inline" not in policy


def test_editor_with_view_permission_only_cannot_publish(client, staff_client):
    from django.contrib.auth.models import Permission

    viewer = RoleUserFactory()  # a second factor, no role
    viewer.is_staff = True
    viewer.save()
    viewer.user_permissions.set(Permission.objects.filter(codename="view_initiative"))
    draft = InitiativeFactory(status="draft")
    client.force_login(viewer)
    publish = {"action": "publish_selected", "_selected_action": [draft.pk]}
    assert "publish_selected" not in client.get("/admin/initiatives/initiative/").content.decode()
    response = client.post("/admin/initiatives/initiative/", publish)
    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.status == "draft"
    # The same request from an editor who may change initiatives does publish.
    assert staff_client.post("/admin/initiatives/initiative/", publish).status_code == 302
    draft.refresh_from_db()
    assert draft.status == "published"


def test_publishing_an_old_draft_dates_it_now_but_keeps_a_schedule(staff_user):
    from core.services import content_publish

    written_long_ago = InitiativeFactory(
        status="draft", publish_from=timezone.now() - timedelta(days=30)
    )
    content_publish(item=written_long_ago, user=staff_user)
    assert timezone.now() - written_long_ago.publish_from < timedelta(seconds=5)

    scheduled = InitiativeFactory(status="draft", publish_from=timezone.now() + timedelta(days=3))
    content_publish(item=scheduled, user=staff_user)
    assert scheduled.publish_from > timezone.now() + timedelta(days=2)


def test_english_alt_text_alone_is_not_enough(staff_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    gif = (
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00"
        b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
    )
    data = new_initiative_data(
        image=SimpleUploadedFile("foto.gif", gif, "image/gif"), image_alt_en="Children reading"
    )
    response = staff_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "Skriv en alternativ tekst til billedet." in response.content.decode()


def test_the_state_filter_speaks_the_lists_words_and_sorts_by_what_visitors_see(staff_client):
    now = timezone.now()
    InitiativeFactory(title="Synligt nu")
    InitiativeFactory(title="Kommer senere", publish_from=now + timedelta(days=3))
    InitiativeFactory(title="Ikke færdigt", status=Initiative.Status.DRAFT)
    listing = staff_client.get("/admin/initiatives/initiative/")
    filters = listing.content.decode()
    assert "?tilstand=scheduled" in filters and "Planlagt" in filters
    assert "Offentliggjort" not in filters  # the raw status, which a scheduled item also has

    def titles(state: str) -> set[str]:
        page = staff_client.get(f"/admin/initiatives/initiative/?tilstand={state}")
        return {item.title for item in page.context["cl"].result_list}

    assert titles("live") == {"Synligt nu"}
    assert titles("scheduled") == {"Kommer senere"}
    assert titles("draft") == {"Ikke færdigt"}
