"""Test data. Published and live unless a test says otherwise."""

from datetime import timedelta

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.utils import timezone

from accounts.models import User
from alliance.models import AllianceMember, Partner, SecretariatContact
from initiatives.models import Event, Initiative, NewsPost
from pages.models import Page
from tracks.models import Goal, Imprint, Track


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    password = factory.django.Password("correct horse battery")


TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def current_totp_code(secret: str = TOTP_SECRET) -> str:
    """The code an authenticator app would show now, as a person would type it."""
    counter = next(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counter))


def _give_roles(user, keys) -> None:
    from accounts.roles import BY_KEY
    from accounts.services import user_set_roles

    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    user_set_roles(user=user, roles=[BY_KEY[key] for key in keys], by=None)


class RoleUserFactory(UserFactory):
    """A user holding `roles` (role keys, set through the service the admin uses), with a
    verified address and, unless `second_factor=False`, a TOTP authenticator."""

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create:
            _give_roles(self, extracted or ())

    @factory.post_generation
    def second_factor(self, create, extracted, **kwargs):
        if create and extracted is not False:
            TOTP.activate(self, TOTP_SECRET)


class StaffUserFactory(RoleUserFactory):
    """A secretariat editor with two-factor set up: every content permission, no superuser."""

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create:
            _give_roles(self, extracted or ("editor",))


class PublishedFactory(factory.django.DjangoModelFactory):
    status = "published"
    publish_from = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))


class TrackFactory(PublishedFactory):
    class Meta:
        model = Track

    title = factory.Sequence(lambda n: f"Spor {n}")
    short_description = "Et spor om børns trivsel."
    order = factory.Sequence(int)


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Goal

    track = factory.SubFactory(TrackFactory)
    title = factory.Sequence(lambda n: f"Målsætning {n}")


class ImprintFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Imprint

    goal = factory.SubFactory(GoalFactory)
    text = factory.Sequence(lambda n: f"Aftryk {n}")


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    name = factory.Sequence(lambda n: f"Partner {n}")


class InitiativeFactory(PublishedFactory):
    class Meta:
        model = Initiative
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Initiativ {n}")
    summary = "Et initiativ for børn og unge."
    body = "<p>Om initiativet.</p>"
    age_from = 0
    age_to = 17

    @factory.post_generation
    def tracks(self, create, extracted, **kwargs):
        if create and extracted:
            self.tracks.set(extracted)


class NewsPostFactory(PublishedFactory):
    class Meta:
        model = NewsPost

    title = factory.Sequence(lambda n: f"Nyhed {n}")
    summary = "Der er nyt fra alliancen."
    body = "<p>Brødtekst.</p>"


class EventFactory(PublishedFactory):
    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"Arrangement {n}")
    summary = "Kom og vær med."
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=14))
    location = "Hvalsø Kulturhus"


class PageFactory(PublishedFactory):
    class Meta:
        model = Page
        django_get_or_create = ("key",)

    key = Page.Key.ABOUT
    title = "Om +DIG"
    body = "<p>Om alliancen.</p>"


class AllianceMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AllianceMember

    name = factory.Sequence(lambda n: f"Medlem {n}")
    title = "Medlem af udvalget"


class SecretariatContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SecretariatContact

    name = "Sekretariatets kontakt"
    title = "Projektleder"
    email = "kontakt@example.org"


class OccasionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "signups.Occasion"

    title = factory.Sequence(lambda n: f"Højtlæsning {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=1))
    place = "Hvalsø Bibliotek, boghjørnet"
    capacity = 5
    url = "/arrangementer/hoejtlaesning/"


# --- Volunteers -----------------------------------------------------------------------------


class VolunteerRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "volunteers.VolunteerRole"

    initiative = factory.SubFactory(InitiativeFactory)
    title = factory.Sequence(lambda n: f"Frivillig rolle {n}")
    summary = "Læs højt for små børn."
    time_commitment = "1–2 timer om ugen"
    training = "Et aftenkursus på biblioteket"
    area = "Hele Lejre Kommune"
    children_under_15 = False
    is_open = True


class ConsentTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "volunteers.ConsentText"
        django_get_or_create = ("version",)

    version = "1"
    text = "Vi behandler dit navn og din e-mail, så vi kan behandle din ansøgning."
    valid_from = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))


class VolunteerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "volunteers.Volunteer"

    user = factory.SubFactory(RoleUserFactory, roles=["volunteer"], second_factor=False)
    name = factory.Sequence(lambda n: f"Frivillig {n}")
    phone = "12 34 56 78"


class ApplicationFactory(factory.django.DjangoModelFactory):
    """A confirmed application, ready for review, by a volunteer with an account."""

    class Meta:
        model = "volunteers.Application"

    role = factory.SubFactory(VolunteerRoleFactory)
    volunteer = factory.SubFactory(VolunteerFactory)
    name = factory.LazyAttribute(lambda o: o.volunteer.name if o.volunteer else "Ansøger")
    email = factory.LazyAttribute(
        lambda o: o.volunteer.user.email if o.volunteer else "ansoeger@example.org"
    )
    age_band = "30-66"
    motivation = "Jeg elsker at læse højt."
    availability = "Tirsdag eftermiddag"
    consent_version = "1"
    consent_text = "Samtykketekst version 1."
    consented_at = factory.LazyFunction(timezone.now)
    email_confirmed_at = factory.LazyFunction(timezone.now)
    status = "ready"


class AttestFactory(factory.django.DjangoModelFactory):
    """A børneattest received and assessed without remarks, valid for two years."""

    class Meta:
        model = "volunteers.ChildProtectionCheck"

    volunteer = factory.SubFactory(VolunteerFactory)
    step = "received"
    requested_at = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=20))
    received_at = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=5))
    outcome = "clear"
    valid_until = factory.LazyAttribute(lambda o: o.received_at + timedelta(days=730))


# --- The alliance members' area ---------------------------------------------------------------


def member_user(*, current=True, second_factor=True, **member_fields):
    """A person with the member role tied to an entry in the alliance group."""
    user = RoleUserFactory(roles=["member"], second_factor=second_factor)
    AllianceMemberFactory(user=user, is_current=current, email=user.email, **member_fields)
    return user


def published_meeting(*, days=7, agenda=(), **fields):
    """A meeting sent out to the members (occasion made, notices scheduled), with `agenda`
    item titles numbered from 1."""
    from members.models import AgendaItem, Meeting
    from members.services import meeting_save

    starts = timezone.now() + timedelta(days=days)
    meeting = Meeting(
        title=fields.pop("title", "Møde i alliancegruppen"),
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        place=fields.pop("place", "Lejre Rådhus, mødesal 1"),
        **fields,
    )
    meeting.save()
    for number, title in enumerate(agenda, start=1):
        AgendaItem.objects.create(meeting=meeting, number=number, title=title)
    return meeting_save(meeting=meeting, publish=True)


def member_document(*, title="Dagsorden", lines=("Dagsorden",), **fields):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from members.documents import tiny_pdf
    from members.models import Document
    from members.services import document_save

    upload = SimpleUploadedFile("dagsorden.pdf", tiny_pdf(list(lines)), "application/pdf")
    document = Document(title=title, file=upload, **fields)
    return document_save(document=document, upload=upload)
