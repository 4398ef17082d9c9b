import pytest
from django.test import Client

from tests.factories import RoleUserFactory
from voices.models import School


@pytest.fixture
def schools(db):
    return [
        School.objects.create(name=name, order=i)
        for i, name in enumerate(["Osted Skole", "Hvalsø Skole"])
    ]


@pytest.fixture
def moderator(db):
    return RoleUserFactory(roles=["moderator"])


@pytest.fixture
def moderator_client(moderator):
    client = Client()
    client.force_login(moderator)
    return client
