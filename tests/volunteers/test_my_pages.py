"""Mine sider: one's own applications, sign-ups and calendar; nobody else's; fixed queries."""

import pytest
import time_machine
from django.utils import timezone

from signups import services as signup_services
from signups.models import CalendarFeed
from tests.factories import ApplicationFactory, OccasionFactory, RoleUserFactory, VolunteerFactory

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get("/mine-sider/")
    assert response.status_code == 302 and "/konto/login/" in response["Location"]


def test_the_login_page_offers_a_code_by_email_in_danish(client):
    html = client.get("/konto/login/").content.decode()
    assert "Send mig en login-kode" in html


def test_a_volunteer_sees_their_own_applications_and_signups_only(client):
    mine = ApplicationFactory(role__title="Læsehest")
    theirs = ApplicationFactory(role__title="Hemmelig rolle")
    user = mine.volunteer.user
    occasion = OccasionFactory(title="Højtlæsning i Hvalsø")
    signup_services.signup_create(occasion_id=occasion.pk, name="x", email=user.email, user=user)
    signup_services.signup_create(
        occasion_id=OccasionFactory(title="Andres vagt").pk,
        name="y",
        email=theirs.email,
        user=theirs.volunteer.user,
    )
    client.force_login(user)
    html = client.get("/mine-sider/").content.decode()
    assert "Læsehest" in html and "Klar til behandling" in html
    assert "Højtlæsning i Hvalsø" in html
    assert "Hemmelig rolle" not in html and "Andres vagt" not in html
    # Answering someone else's application is not possible.
    response = client.post(f"/mine-sider/svar/{theirs.pk}/", {})
    assert response.status_code == 404


def test_a_signup_is_cancelled_from_mine_sider_with_one_button(client):
    from signups.links import action_token

    application = ApplicationFactory()
    user = application.volunteer.user
    occasion = OccasionFactory(title="Højtlæsning i Lejre")
    signup = signup_services.signup_create(
        occasion_id=occasion.pk, name="x", email=user.email, user=user
    )
    client.force_login(user)
    # The signed link carries the second it was made: page and test make it in the same one.
    with time_machine.travel(timezone.now(), tick=False):
        html = client.get("/mine-sider/").content.decode()
        link = f"/tilmelding/{action_token(signup, 'cancel')}/"
    assert f'href="{link}"' in html
    client.post(link)
    signup.refresh_from_db()
    assert signup.status == "cancelled"
    assert f'href="{link}"' not in client.get("/mine-sider/").content.decode()


def test_staff_without_a_volunteer_profile_get_an_empty_page(client):
    client.force_login(RoleUserFactory(roles=["editor"]))
    assert "Du har ingen ansøgninger" in client.get("/mine-sider/").content.decode()


def test_the_calendar_address_is_made_renewed_and_removed(client):
    volunteer = VolunteerFactory()
    client.force_login(volunteer.user)
    client.post("/mine-sider/kalender/", {"action": "renew"})
    first = CalendarFeed.objects.get(user=volunteer.user).token
    assert client.get(f"/kalender/{first}.ics").status_code == 200
    assert f"/kalender/{first}.ics" in client.get("/mine-sider/").content.decode()
    client.post("/mine-sider/kalender/", {"action": "renew"})
    second = CalendarFeed.objects.get(user=volunteer.user).token
    assert second != first and client.get(f"/kalender/{first}.ics").status_code == 404
    client.post("/mine-sider/kalender/", {"action": "remove"})
    assert not CalendarFeed.objects.filter(user=volunteer.user).exists()


@pytest.mark.parametrize("rows", [5, 50])
def test_mine_sider_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, rows):
    volunteer = VolunteerFactory()
    for _ in range(rows):
        ApplicationFactory(volunteer=volunteer, status="more_info", decision_note="Hvornår?")
        occasion = OccasionFactory()
        signup_services.signup_create(
            occasion_id=occasion.pk, name="x", email=volunteer.user.email, user=volunteer.user
        )
    client.force_login(volunteer.user)
    with django_assert_max_num_queries(12):
        response = client.get("/mine-sider/")
    assert response.content.decode().count("Send svar") == rows


@pytest.mark.parametrize("rows", [5, 50])
def test_the_roles_page_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, rows):
    from tests.factories import VolunteerRoleFactory

    for _ in range(rows):
        VolunteerRoleFactory()
    with django_assert_max_num_queries(8):
        client.get("/bliv-frivillig/")


def test_the_delete_page_takes_only_get_and_post(client):
    user = ApplicationFactory().volunteer.user
    client.force_login(user)
    for method in ("PUT", "DELETE", "PATCH"):
        assert client.generic(method, "/mine-sider/slet/").status_code == 405
    assert client.get("/mine-sider/slet/").status_code == 200
    user.refresh_from_db()
    assert user.is_active
