"""Applying: the form, double opt-in, a guardian's consent, the coordinator's review."""

import re
from datetime import timedelta

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import User
from core.errors import ApplicationError
from dig_portal import settings as portal_settings
from notices.models import Notice
from notices.services import due_notice_ids, notices_send
from tests.factories import (
    ApplicationFactory,
    AttestFactory,
    ConsentTextFactory,
    PageFactory,
    RoleUserFactory,
    VolunteerRoleFactory,
)
from volunteers.models import Application, ConsentText, Volunteer
from volunteers.services import applications as services

pytestmark = pytest.mark.django_db
Status = Application.Status

GOOD = {
    "name": "Karen Læsehest",
    "email": "karen@example.org",
    "phone": "12 34 56 78",
    "age_band": "67+",
    "motivation": "Jeg har læst for mine børnebørn i mange år.",
    "availability": "Tirsdag og torsdag formiddag",
    "consent": "on",
}


def send_all():
    return notices_send(due_notice_ids())


def link_in(message, part):
    return re.search(rf"http://testserver(/\S*{part}/\S+/)", message.body).group(1)


@pytest.fixture
def role(db):
    ConsentTextFactory()
    return VolunteerRoleFactory(title="Læsehest", slug="laesehest", children_under_15=True)


def apply(client, role, **changes):
    data = {**GOOD, **changes}
    return client.post(f"/bliv-frivillig/{role.slug}/", data)


def test_open_roles_are_listed_under_the_pages_intro_and_closed_ones_are_not(client, role):
    PageFactory(key="volunteer", title="Bliv frivillig", intro="Giv en hånd med.")
    VolunteerRoleFactory(title="Lukket rolle", is_open=False)
    html = client.get("/bliv-frivillig/").content.decode()
    assert "Giv en hånd med." in html and "Læsehest" in html
    assert "Lukket rolle" not in html
    assert 'href="/bliv-frivillig/laesehest/"' in html


def test_the_roles_page_is_cached_and_in_the_sitemap(
    client, role, django_capture_on_commit_callbacks
):
    PageFactory(key="volunteer", title="Bliv frivillig")
    client.get("/bliv-frivillig/")
    with django_capture_on_commit_callbacks(execute=True):
        role.title = "Ny titel"
        role.save()  # a change to a role clears the page cache
    assert "Ny titel" in client.get("/bliv-frivillig/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert sitemap.count("http://testserver/bliv-frivillig/</loc>") == 1


def _rendered(visitor, path="/") -> bool:
    """Whether `path` was rendered for this request (queries ran) rather than served cached."""
    with CaptureQueriesContext(connection) as queries:
        assert visitor.get(path).status_code == 200
    return len(queries) > 0


def test_an_application_leaves_the_cached_pages_and_a_role_change_clears_them(
    client, role, django_capture_on_commit_callbacks
):
    PageFactory(key="vision", title="Et godt børneliv")
    visitor = Client()
    assert _rendered(visitor) and not _rendered(visitor)
    with django_capture_on_commit_callbacks(execute=True):
        assert apply(client, role).status_code == 302
    assert Application.objects.count() == 1
    # An anonymous application is private: every cached page stays in place.
    assert not _rendered(visitor)
    with django_capture_on_commit_callbacks(execute=True):
        role.title = "Læsehest i Hvalsø"
        role.save()
    assert _rendered(visitor) and not _rendered(visitor)
    with django_capture_on_commit_callbacks(execute=True):
        ConsentTextFactory(version="2")  # the form's consent text is public too
    assert _rendered(visitor)


def test_the_form_shows_the_newest_consent_text_with_its_version(client, role):
    ConsentTextFactory(version="2", text="Version to af teksten.", valid_from=timezone.now())
    html = client.get("/bliv-frivillig/laesehest/").content.decode()
    assert "Version to af teksten." in html and "version 2" in html


def test_applying_sends_a_confirmation_link_and_nothing_reaches_staff_before_it(client, role):
    response = apply(client, role)
    assert response.status_code == 302
    assert response["Location"] == "/bliv-frivillig/laesehest/tak/"
    application = Application.objects.get()
    assert application.status == Status.UNCONFIRMED
    assert application.consent_version == "1" and application.consented_at is not None
    assert application.language == "da"
    assert not Application.objects.ready().exists()
    send_all()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["karen@example.org"]
    assert "Bekræft din ansøgning" in message.subject
    assert "/bliv-frivillig/bekraeft/" in message.alternatives[0][0]


def test_the_confirmation_link_makes_an_account_without_a_password(client, role):
    apply(client, role)
    send_all()
    url = link_in(mail.outbox[0], "bekraeft")
    # Opening the link (a mail scanner does) changes nothing; the button does.
    assert client.get(url).status_code == 200
    assert Application.objects.get().status == Status.UNCONFIRMED
    response = client.post(url)
    assert "Din e-mail er bekræftet" in response.content.decode()
    application = Application.objects.get()
    assert application.status == Status.READY and application.email_confirmed_at
    user = User.objects.get(email="karen@example.org")
    assert not user.has_usable_password()
    assert EmailAddress.objects.get(user=user).verified
    assert user.groups.filter(name="Frivillig").exists()
    assert Volunteer.objects.get(user=user).name == "Karen Læsehest"
    assert application.volunteer.user == user
    # A second click changes nothing.
    assert client.post(url).status_code == 200
    assert User.objects.count() == 1


def test_an_existing_account_is_reused(client, role):
    existing = RoleUserFactory(email="karen@example.org", roles=["editor"])
    apply(client, role)
    application = Application.objects.get()
    services.application_confirm_email(application_id=application.pk)
    existing.refresh_from_db()
    assert {g.name for g in existing.groups.all()} == {"Redaktør i sekretariatet", "Frivillig"}
    assert existing.has_usable_password()


def test_an_expired_or_tampered_link_gets_a_clear_page(client, role):
    apply(client, role)
    send_all()
    url = link_in(mail.outbox[0], "bekraeft")
    tampered = client.get(url[:-3] + "xx/")
    assert tampered.status_code == 404 and "Linket er ikke gyldigt" in tampered.content.decode()
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        expired = client.post(url)
    assert expired.status_code == 410 and "udløbet" in expired.content.decode()
    assert Application.objects.get().status == Status.UNCONFIRMED


def test_bad_input_gets_danish_messages_and_keeps_what_was_typed(client, role):
    response = apply(
        client,
        role,
        name="<script>alert(1)</script>",
        email="ikke-en-mail",
        motivation="x" * 2001,
        consent="",
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "uden HTML-koder" in html
    assert "Indtast en gyldig e-mail-adresse" in html
    assert "Du skal give samtykke" in html
    assert "højst have 2000 tegn" in html
    assert 'value="12 34 56 78"' in html  # typed values kept
    assert "Tirsdag og torsdag formiddag" in html
    assert not Application.objects.exists()


def test_an_empty_form_is_answered_not_crashed(client, role):
    response = client.post("/bliv-frivillig/laesehest/", {})
    assert response.status_code == 200
    assert "Dette felt er påkrævet" in response.content.decode()


def test_a_closed_or_unknown_role_is_not_there(client, role):
    VolunteerRoleFactory(slug="lukket", is_open=False)
    assert client.get("/bliv-frivillig/lukket/").status_code == 404
    assert client.get("/bliv-frivillig/findes-ikke/").status_code == 404


def test_the_form_is_rate_limited(client, role, settings):
    settings.ACCOUNT_RATE_LIMITS = portal_settings.ACCOUNT_RATE_LIMITS
    answers = [apply(client, role, email=f"p{n}@example.org").status_code for n in range(11)]
    assert answers[:10] == [302] * 10 and answers[10] == 429


def test_under_15_needs_a_guardian_email(client, role):
    response = apply(client, role, age_band="u15")
    assert "forælders eller værges e-mail" in response.content.decode()
    assert not Application.objects.exists()


def test_under_15_waits_for_the_guardian_who_confirms_by_their_own_link(client, role):
    apply(client, role, age_band="u15", guardian_email="mor@example.org")
    send_all()
    client.post(link_in(mail.outbox[0], "bekraeft"))
    application = Application.objects.get()
    assert application.status == Status.AWAITING_GUARDIAN
    send_all()
    guardian_mail = mail.outbox[1]
    assert guardian_mail.to == ["mor@example.org"]
    url = link_in(guardian_mail, "samtykke")
    # The applicant's own link does not do the guardian's job.
    assert client.post(url.replace("samtykke", "bekraeft")).status_code == 404
    assert "Jeg giver samtykke" in client.get(url).content.decode()
    client.post(url)
    application.refresh_from_db()
    assert application.status == Status.READY and application.guardian_consented_at


def test_english_applicants_get_english_mail(client, role):
    client.post("/en/bliv-frivillig/laesehest/", GOOD)
    assert Application.objects.get().language == "en"
    send_all()
    assert "Confirm your application" in mail.outbox[0].subject


# --- The coordinator's review ---------------------------------------------------------------


@pytest.fixture
def coordinator(db):
    return RoleUserFactory(roles=["coordinator"])


def test_approval_of_a_role_with_children_waits_for_a_clear_attest(role, coordinator):
    application = ApplicationFactory(role=role)
    with pytest.raises(ApplicationError, match="børneattest"):
        services.application_approve(application_id=application.pk, by=coordinator)
    AttestFactory(volunteer=application.volunteer, outcome="remarks")
    with pytest.raises(ApplicationError, match="afslå"):
        services.application_approve(application_id=application.pk, by=coordinator)
    AttestFactory(volunteer=application.volunteer, requested_at=timezone.localdate())
    approved = services.application_approve(application_id=application.pk, by=coordinator)
    assert approved.status == Status.APPROVED and approved.reviewed_by == coordinator
    send_all()
    assert "Velkommen som frivillig" in mail.outbox[0].subject
    assert "http://testserver/mine-sider/" in mail.outbox[0].body
    assert "http://testserver/konto/login/code/" in mail.outbox[0].body


def test_only_those_allowed_may_decide(role):
    application = ApplicationFactory(role=VolunteerRoleFactory())
    editor = RoleUserFactory(roles=["editor"])
    with pytest.raises(services.PermissionDenied):
        services.application_approve(application_id=application.pk, by=editor)


def test_a_rejection_is_mailed_with_the_reason_in_the_applicants_language(coordinator):
    application = ApplicationFactory(language="en")
    services.application_reject(
        application_id=application.pk, by=coordinator, reason="We have enough readers."
    )
    send_all()
    assert mail.outbox[0].subject.startswith("Reply to your application")
    assert "We have enough readers." in mail.outbox[0].body


def test_a_question_is_answered_on_mine_sider_and_goes_back_to_the_queue(client, coordinator):
    application = ApplicationFactory()
    services.application_ask_more(
        application_id=application.pk, by=coordinator, question="Hvilke dage kan du?"
    )
    send_all()
    assert "Hvilke dage kan du?" in mail.outbox[0].body
    client.force_login(application.volunteer.user)
    html = client.get("/mine-sider/").content.decode()
    assert "Hvilke dage kan du?" in html
    prefix = f"a{application.pk}"
    response = client.post(
        f"/mine-sider/svar/{application.pk}/",
        {f"{prefix}-motivation": "Stadig glad for at læse.", f"{prefix}-availability": "Mandag"},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.READY and application.availability == "Mandag"


def test_the_admin_queue_shows_ready_applications_oldest_first(client, coordinator):
    old = ApplicationFactory(name="Ældste Ansøger")
    ApplicationFactory(name="Nyere Ansøger")
    ApplicationFactory(name="Ubekræftet Ansøger", status="unconfirmed", email_confirmed_at=None)
    Application.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=3))
    client.force_login(coordinator)
    html = client.get("/admin/volunteers/application/").content.decode()
    assert html.index("Ældste Ansøger") < html.index("Nyere Ansøger")
    assert "Ubekræftet Ansøger" not in html
    everything = client.get("/admin/volunteers/application/?state=all").content.decode()
    assert "Ubekræftet Ansøger" in everything


def test_the_coordinator_decides_in_the_admin_through_the_services(client, coordinator):
    application = ApplicationFactory(role=VolunteerRoleFactory(children_under_15=True))
    client.force_login(coordinator)
    url = f"/admin/volunteers/application/{application.pk}/change/"
    refused = client.post(url, {"decision": "approve", "note": ""})
    assert refused.status_code == 200 and "børneattest" in refused.content.decode()
    no_reason = client.post(url, {"decision": "reject", "note": ""})
    assert "Skriv en begrundelse" in no_reason.content.decode()
    client.post(url, {"decision": "reject", "note": "Vi har nok læseheste lige nu."})
    application.refresh_from_db()
    assert application.status == Status.REJECTED
    assert application.decision_note == "Vi har nok læseheste lige nu."


def test_the_daily_digest_goes_once_a_day_to_each_coordinator_only_when_needed(coordinator):
    other = RoleUserFactory(roles=["coordinator"])
    RoleUserFactory(roles=["coordinator"], is_active=False)
    assert services.coordinator_digest() == 0
    ApplicationFactory()
    ApplicationFactory(status="unconfirmed")
    assert services.coordinator_digest() == 2
    services.coordinator_digest()  # the same day again: nothing new
    send_all()
    assert sorted(m.to[0] for m in mail.outbox) == sorted([coordinator.email, other.email])
    assert "1 frivilligansøgning venter" in mail.outbox[0].subject
    assert Notice.objects.filter(kind="application-digest").count() == 2


def test_a_post_with_no_consent_text_in_force_says_so_and_keeps_what_was_typed(client):
    # The form was loaded while a consent text was in force; it is gone when the post arrives.
    role = VolunteerRoleFactory(title="Læsehest", slug="laesehest")
    ConsentText.objects.all().delete()
    response = apply(client, role)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vi kan ikke tage imod ansøgninger lige nu" in html
    assert 'role="alert"' in html
    assert GOOD["motivation"] in html and GOOD["email"] in html
    assert not Application.objects.exists()
