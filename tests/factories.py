"""Test data. Published and live unless a test says otherwise."""

from datetime import timedelta

import factory
from django.contrib.auth.models import Permission
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


class StaffUserFactory(UserFactory):
    """A secretariat editor: staff with every content permission, but no superuser powers."""

    is_staff = True

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def content_permissions(self, create, extracted, **kwargs):
        if not create:
            return
        self.user_permissions.set(
            Permission.objects.filter(
                content_type__app_label__in=["tracks", "initiatives", "alliance", "pages"]
            )
        )


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
