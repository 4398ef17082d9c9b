"""A little published content, so fuzzed searches, filters and slugs hit real rows."""

from datetime import timedelta

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
