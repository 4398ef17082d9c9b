"""Who reaches what: every role against every admin section and every private URL.

Each cell is what the person finally sees after following redirects:
  ok      the page (200)
  login   the login page (not signed in)
  denied  a Danish "no access" page (403)
  absent  404 (a draft is not there for them)
"""

import pytest

from tests.factories import (
    InitiativeFactory,
    RoleUserFactory,
    member_document,
    member_user,
    published_meeting,
)
from voices.services import postcard_submit

pytestmark = pytest.mark.django_db

PEOPLE = [
    "anonymous",
    "volunteer",
    "institution",
    "member",
    "former_member",
    "editor",
    "coordinator",
    "moderator",
    "superuser",
]

ADMIN_CONTENT = [
    "/admin/tracks/track/",
    "/admin/tracks/goal/",
    "/admin/initiatives/initiative/",
    "/admin/initiatives/newspost/",
    "/admin/initiatives/event/",
    "/admin/alliance/alliancemember/",
    "/admin/alliance/partner/",
    "/admin/pages/page/",
]
SYSTEM = [
    "/admin/auth/group/",
    "/admin/account/emailaddress/",
    "/admin/mfa/authenticator/",
    "/admin/django_celery_beat/periodictask/",
]
NOT_STAFF = {
    "volunteer": "denied",
    "institution": "denied",
    "member": "denied",
    "former_member": "denied",
}


def row(anonymous, editor, coordinator, moderator, superuser="ok") -> dict:
    return {
        "anonymous": anonymous,
        **NOT_STAFF,
        "editor": editor,
        "coordinator": coordinator,
        "moderator": moderator,
        "superuser": superuser,
    }


MATRIX = {
    "/admin/": row("login", "ok", "ok", "ok"),
    **{url: row("login", "ok", "denied", "denied") for url in ADMIN_CONTENT},
    "/admin/initiatives/initiative/add/": row("login", "ok", "denied", "denied"),
    "/admin/accounts/user/": row("login", "ok", "ok", "denied"),
    "/admin/accounts/invitation/": row("login", "ok", "ok", "denied"),
    "/admin/accounts/invitation/add/": row("login", "ok", "ok", "denied"),
    "/admin/auditlog/logentry/": row("login", "ok", "denied", "denied"),
    **{url: row("login", "denied", "denied", "denied") for url in SYSTEM},
    # Account pages: anyone signed in manages their own login and second factor.
    "/konto/2fa/": {person: "ok" for person in PEOPLE} | {"anonymous": "login"},
    "/konto/email/": {person: "ok" for person in PEOPLE} | {"anonymous": "login"},
    "/konto/password/change/": {person: "ok" for person in PEOPLE} | {"anonymous": "login"},
    # Volunteers: the coordinator reviews applications and attests; editors keep the roles.
    "/admin/volunteers/application/": row("login", "denied", "ok", "denied"),
    "/admin/volunteers/childprotectioncheck/": row("login", "denied", "ok", "denied"),
    "/admin/volunteers/volunteer/": row("login", "denied", "ok", "denied"),
    "/admin/volunteers/volunteerrole/": row("login", "ok", "ok", "denied"),
    "/admin/volunteers/consenttext/": row("login", "ok", "denied", "denied"),
    # Mine sider: anyone signed in sees their own.
    "/mine-sider/": {person: "ok" for person in PEOPLE} | {"anonymous": "login"},
    # Sessions (volunteers/urls.py) and institution bookings (institutions/urls.py): the
    # sessions page is for anyone signed in (it explains itself to those who are not
    # volunteers); the institution's pages need the institution contact's permissions.
    "/frivillig/vagter/": {person: "ok" for person in PEOPLE} | {"anonymous": "login"},
    "/institution/": row("login", "denied", "ok", "denied") | {"institution": "ok"},
    "/institution/booking/ny/": row("login", "denied", "ok", "denied") | {"institution": "ok"},
    "/admin/volunteers/session/": row("login", "denied", "ok", "denied"),
    "/admin/volunteers/session/add/": row("login", "denied", "ok", "denied"),
    "/admin/institutions/bookingrequest/": row("login", "denied", "ok", "denied"),
    "/admin/institutions/institution/": row("login", "denied", "ok", "denied"),
    # The members' area: current members and the secretariat's editors; a former member's
    # role no longer counts. Documents by direct URL get exactly the same answer.
    **{
        url: row("login", "ok", "denied", "denied") | {"member": "ok"}
        for url in [
            "/medlemmer/",
            "/medlemmer/moeder/",
            "MEETING",
            "MEETING_ICS",
            "/medlemmer/dokumenter/",
            "/medlemmer/dokumenter/?q=dagsorden",
            "DOCUMENT",
            "/medlemmer/medlemsliste/",
            "/medlemmer/profil/",
        ]
    },
    # Attendance and quorum: the secretariat only.
    "ATTENDANCE": row("login", "ok", "denied", "denied"),
    # Young voices: moderators read the cards (the queue and one card); editors keep the tour
    # and the school list, and type in paper batches.
    "/unge/moderation/": row("login", "denied", "denied", "ok"),
    "CARD": row("login", "denied", "denied", "ok"),
    "/admin/voices/postcard/": row("login", "denied", "denied", "ok"),
    "/admin/voices/riskword/": row("login", "denied", "denied", "ok"),
    "/admin/voices/paperbatch/add/": row("login", "ok", "denied", "ok"),
    "/admin/voices/tourpart/": row("login", "ok", "denied", "denied"),
    "/admin/voices/school/": row("login", "ok", "denied", "ok"),
    # Shared measurement: the barometer is the institution contact's (scoped to their own
    # institutions: another's entry or settings are absent; the coordinator, who looks after
    # institutions, gets the page too); indicators are the editors'.
    **{
        url: row("login", "denied", "absent", "denied", "absent") | {"institution": "absent"}
        for url in (
            "/institution/barometer/ret/999999/",
            "/institution/barometer/999999/indstillinger/",
        )
    },
    "/institution/barometer/": row("login", "denied", "ok", "denied") | {"institution": "ok"},
    "/institution/barometer/999999/data.csv": row("login", "absent", "absent", "denied", "absent")
    | {"institution": "absent"},
    "/resultater/": {person: "ok" for person in PEOPLE},
    "/admin/measurement/indicator/": row("login", "ok", "denied", "denied"),
    "/admin/measurement/indicator/add/": row("login", "ok", "denied", "denied"),
    "/admin/measurement/goalassessment/": row("login", "ok", "denied", "denied"),
    "/admin/measurement/readingentry/": row("login", "ok", "ok", "denied"),
    "/admin/tracks/strategy/": row("login", "ok", "denied", "denied"),
    # A draft: previewed by those who may view initiatives in the admin.
    "DRAFT": {person: "absent" for person in PEOPLE} | {"editor": "ok", "superuser": "ok"},
}


def person(key):
    if key == "anonymous":
        return None
    if key == "superuser":
        return RoleUserFactory(is_superuser=True, is_staff=True)
    if key in ("member", "former_member"):
        return member_user(current=key == "member")
    return RoleUserFactory(roles=[key])


def outcome(response) -> str:
    final = response.redirect_chain[-1][0] if response.redirect_chain else ""
    if response.status_code == 200 and "/konto/login/" in final:
        return "login"
    return {200: "ok", 403: "denied", 404: "absent"}.get(
        response.status_code, str(response.status_code)
    )


@pytest.mark.parametrize("who", PEOPLE)
def test_each_person_gets_exactly_what_the_matrix_says(client, who):
    draft = InitiativeFactory(status="draft")
    meeting = published_meeting()
    card = postcard_submit(text="Et postkort")
    placeholders = {
        "DRAFT": draft.get_absolute_url(),
        "CARD": f"/unge/moderation/{card.pk}/",
        "MEETING": meeting.get_absolute_url(),
        "MEETING_ICS": f"{meeting.get_absolute_url()}moede.ics",
        "ATTENDANCE": f"{meeting.get_absolute_url()}fremmoede/",
        "DOCUMENT": member_document(meeting=meeting).get_absolute_url(),
    }
    user = person(who)
    if user is not None:
        client.force_login(user)
    seen = {}
    for url in MATRIX:
        path = placeholders.get(url, url)
        seen[url] = outcome(client.get(path, follow=True))
    wanted = {url: expected[who] for url, expected in MATRIX.items()}
    assert seen == wanted


def test_a_signed_in_person_without_admin_access_gets_a_danish_page_not_a_loop(client):
    client.force_login(RoleUserFactory(roles=["volunteer"]))
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert len(response.redirect_chain) == 1
    html = response.content.decode()
    assert "ikke adgang til redigering" in html and 'href="#indhold"' in html


def test_the_admin_front_page_shows_an_editor_only_what_they_may_touch(staff_client):
    html = staff_client.get("/admin/").content.decode()
    for shown in ["Initiativer", "Indsatsspor", "Sider", "Invitationer", "Revisionslog"]:
        assert shown in html
    for hidden in ["django_celery_beat", "/admin/auth/group/", "/admin/mfa/"]:
        assert hidden not in html
