"""A little published content, so fuzzed searches, filters and slugs hit real rows."""

from datetime import time, timedelta

import pytest
from django.utils import timezone

from accounts.models import Invitation
from accounts.services import _token_hash
from tests.factories import (
    EventFactory,
    InitiativeFactory,
    NewsPostFactory,
    TrackFactory,
    UserFactory,
)

KNOWN_PASSWORD = "correct horse battery"
# An open invitation, so the one anonymous form that creates accounts is fuzzed too.
INVITATION = "/konto/invitation/fuzz-invitation/"


@pytest.fixture
def fuzz_content(db):
    tracks = [
        TrackFactory(title="Relationer i den tidlige barndom"),
        TrackFactory(title="Fællesskaber for alle", title_en="Communities for everyone"),
        TrackFactory(title="Trivsel i skolen <b>og</b> fritiden"),
    ]
    initiatives = [
        InitiativeFactory(title="Lejre Læser", tracks=tracks[:1], age_from=0, age_to=6),
        InitiativeFactory(
            title="Fritidspas",
            title_en="Leisure pass",
            summary="Fritidsaktiviteter for børn & unge",
            tracks=tracks[1:],
            age_from=6,
            age_to=17,
        ),
        InitiativeFactory(title="Unge i job", age_from=16, age_to=25),
    ]
    now = timezone.now()
    # Twelve news posts and twelve past events: two pages of each.
    news = NewsPostFactory.create_batch(12, body="<p>Læseheste i Hvalsø</p>")
    upcoming = EventFactory(title="Læsehest-aften")
    past = [
        EventFactory(starts_at=now - timedelta(days=30 + n), title=f"Tidligere møde {n}")
        for n in range(12)
    ]
    Invitation.objects.create(
        email="inviteret@example.org",
        token_hash=_token_hash("fuzz-invitation"),
        expires_at=now + timedelta(days=7),
    )
    user = UserFactory(email="frivillig@example.org")
    # UserFactory sets its password only in memory (skip_postgeneration_save): store it.
    user.set_password(KNOWN_PASSWORD)
    user.save(update_fields=["password"])
    return {
        "indsatsspor": [t.slug for t in tracks],
        "initiativer": [i.slug for i in initiatives],
        "nyheder": [p.slug for p in news],
        "arrangementer": [e.slug for e in [upcoming, *past]],
        "user": user,
    }


@pytest.fixture
def volunteer_pages(db):
    """What the pages added for volunteers, institutions and event registration need: an open
    role with a consent text, an event taking registrations (and one already full), an
    institution contact, a volunteer with a full session and a proposed visit, and one signed
    link of every kind."""
    from initiatives.services import event_registration_sync
    from institutions import services as bookings
    from institutions.models import BookingRequest
    from signups.links import action_token
    from signups.services import signup_create
    from tests.factories import ConsentTextFactory, RoleUserFactory, VolunteerRoleFactory
    from tests.volunteers import visit_helpers as make
    from volunteers.links import link_token
    from volunteers.models import Application
    from volunteers.services.personal_data import calendar_feed_renew
    from volunteers.services.sessions import session_signup

    ConsentTextFactory()
    role = VolunteerRoleFactory(title="Læsehest", slug="laesehest", children_under_15=True)
    event = event_registration_sync(
        event=EventFactory(title="Åbent værksted", registration=True, capacity=2)
    )
    full = event_registration_sync(
        event=EventFactory(title="Fuldt værksted", registration=True, capacity=1)
    )
    taken = signup_create(occasion_id=full.occasion.pk, name="Første", email="f@example.org")
    contact = make.contact()
    place = make.institution(contact, area="Hvalsø", name="Børnehuset Solsikken")
    in_400_days = timezone.localdate() + timedelta(days=400)
    volunteer = make.volunteer(
        role, attest_until=in_400_days, area="Hvalsø", availability="Tirsdag formiddag"
    )
    other = make.volunteer(role, attest_until=in_400_days)
    full_session = make.session(role, capacity=1)
    session_signup(session_id=full_session.pk, volunteer=other)
    visit = BookingRequest.objects.create(
        institution=place,
        role=role,
        date=timezone.localdate() + timedelta(days=10),
        time_from=time(9, 30),
        time_to=time(10, 30),
        place=place.address,
        children=12,
        requested_by=contact,
    )
    coordinator = RoleUserFactory(roles=["coordinator"])
    visit = bookings.booking_propose(booking_id=visit.pk, volunteer_id=volunteer.pk, by=coordinator)
    application = Application.objects.create(
        role=role,
        name="Ung Ansøger",
        email="ung@example.org",
        age_band=Application.AgeBand.UNDER_15,
        guardian_email="forælder@example.org",
        motivation="Jeg kan lide at læse.",
        availability="Weekender",
        consent_version="1",
        consent_text="Samtykke",
        consented_at=timezone.now(),
    )
    feed = calendar_feed_renew(user=volunteer.user)
    return {
        "role": role,
        "event": event,
        "full_event": full,
        "taken": taken,
        "contact": contact,
        "place": place,
        "volunteer": volunteer,
        "full_session": full_session,
        "visit": visit,
        "application": application,
        "links": {
            "tilmelding": f"/tilmelding/{action_token(taken, 'cancel')}/",
            "bekraeft": f"/bliv-frivillig/bekraeft/{link_token(application, 'confirm')}/",
            "samtykke": f"/bliv-frivillig/samtykke/{link_token(application, 'guardian')}/",
            "besoeg": f"/frivillig/besoeg/{bookings.response_token(visit, 'accept')}/",
            "kalender": f"/kalender/{feed.token}.ics",
        },
    }
