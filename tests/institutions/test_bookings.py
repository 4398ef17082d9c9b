"""Institution bookings: request → proposal → accept or decline → confirmation with .ics to
both sides → cancellation by either side, each notice once."""

import re
from datetime import date, time, timedelta

import icalendar
import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from accounts.personal_data import person_erase
from core.errors import ApplicationError
from institutions import services
from institutions.models import BookingRequest
from institutions.selectors import fitting_volunteers, window
from signups.links import action_token
from signups.models import SignUp
from tests.factories import RoleUserFactory
from tests.volunteers import visit_helpers as make
from volunteers.services.sessions import session_signup

pytestmark = pytest.mark.django_db
Status = BookingRequest.Status


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def in_days(days: int) -> date:
    return timezone.localdate() + timedelta(days=days)


def booking(place, role, *, days=10, start="09:30", end="10:30", **extra) -> BookingRequest:
    return BookingRequest.objects.create(
        institution=place,
        role=role,
        date=in_days(days),
        time_from=time.fromisoformat(start),
        time_to=time.fromisoformat(end),
        place=place.address,
        children=extra.pop("children", 12),
        requested_by=extra.pop("requested_by", None),
        **extra,
    )


@pytest.fixture
def world():
    """A Læsehest role with children under 15, a daycare in Hvalsø with one contact, a
    volunteer who fits and a coordinator."""
    role = make.role(children_under_15=True)
    contact = make.contact()
    place = make.institution(contact, area="Hvalsø", name="Børnehuset Solsikken")
    volunteer = make.volunteer(
        role, attest_until=in_days(400), area="Hvalsø", availability="Tirsdag formiddag"
    )
    coordinator = RoleUserFactory(roles=["coordinator"])
    return {
        "role": role,
        "contact": contact,
        "place": place,
        "volunteer": volunteer,
        "coordinator": coordinator,
    }


def form_data(world, **overrides):
    return {
        "institution": world["place"].pk,
        "role": world["role"].pk,
        "date": in_days(14).isoformat(),
        "time_from": "09:30",
        "time_to": "10:30",
        "place": "Stuen Mælkebøtten",
        "children": "12",
        "note": "Vi er mest 3-årige.",
        **overrides,
    }


def links_in(body: str) -> list[str]:
    return re.findall(r"https?://testserver(/frivillig/besoeg/\S+/)", body)


# --- the request ---------------------------------------------------------------------------


def test_a_contact_requests_a_visit_and_sees_it_listed(world, mailoutbox):
    client = logged_in(world["contact"])
    form = client.get("/institution/booking/ny/")
    assert form.status_code == 200
    assert world["place"].address in form.content.decode()  # the place defaults to theirs
    response = client.post("/institution/booking/ny/", form_data(world))
    assert response.status_code == 302 and response["Location"] == "/institution/"
    request = BookingRequest.objects.get()
    assert (request.status, request.requested_by, request.children, request.place) == (
        Status.REQUESTED,
        world["contact"],
        12,
        "Stuen Mælkebøtten",
    )
    page = client.get("/institution/").content.decode()
    assert "Ønsket" in page and f"/besoeg/{request.pk}/" in page
    # The coordinators are told, once.
    assert make.send_everything_due() == 1 and make.send_everything_due() == 0
    assert mailoutbox[0].to == [world["coordinator"].email]
    assert "Børnehuset Solsikken" in mailoutbox[0].subject
    assert f"/admin/institutions/bookingrequest/{request.pk}/change/" in mailoutbox[0].body


def test_an_empty_place_becomes_the_institutions_address(world):
    logged_in(world["contact"]).post("/institution/booking/ny/", form_data(world, place=""))
    assert BookingRequest.objects.get().place == world["place"].address


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"date": "2001-01-01"}, "date", "Datoen er passeret"),
        ({"date": "i morgen"}, "date", "Skriv datoen"),
        ({"time_to": "09:00"}, "time_to", "Sluttidspunktet skal ligge efter"),
        ({"time_from": "halv ti"}, "time_from", "Skriv klokkeslættet"),
        ({"children": "0"}, "children", "mindst ét barn"),
        ({"children": "10000"}, "children", "højst 60 børn"),
        ({"children": "tolv"}, "children", "som et tal"),
        ({"children": "-3"}, "children", "mindst ét barn"),
        ({"institution": "999999"}, "institution", "Vælg en af dine institutioner"),
    ],
)
def test_bad_input_gets_a_danish_message_and_keeps_what_was_typed(world, overrides, field, message):
    response = logged_in(world["contact"]).post(
        "/institution/booking/ny/", form_data(world, **overrides)
    )
    assert response.status_code == 200
    assert field in response.context["form"].errors
    html = response.content.decode()
    assert message in html
    assert "Vi er mest 3-årige." in html and "Stuen Mælkebøtten" in html
    typed = next(iter(overrides.values()))
    if field != "institution":
        assert f'value="{typed}"' in html
    assert not BookingRequest.objects.exists()


def test_another_institutions_contact_cannot_book_for_it(world):
    stranger = make.contact()
    make.institution(stranger)
    response = logged_in(stranger).post("/institution/booking/ny/", form_data(world))
    assert response.status_code == 200 and "institution" in response.context["form"].errors
    assert not BookingRequest.objects.exists()


def test_a_contact_without_an_institution_is_told_to_ask_the_secretariat():
    client = logged_in(make.contact())
    assert (
        "ikke knyttet til en institution" in client.get("/institution/booking/ny/").content.decode()
    )
    assert "ikke knyttet til en institution" in client.get("/institution/").content.decode()


# --- who fits ------------------------------------------------------------------------------


def test_fitting_volunteers_are_approved_attested_local_and_free(world):
    role, place = world["role"], world["place"]
    request = booking(place, role, days=10)
    anywhere = make.volunteer(role, attest_until=in_days(400), area="")
    make.volunteer(role, attest_until=in_days(5), area="Hvalsø")  # attest lapses before the day
    make.volunteer(role, area="Hvalsø")  # no attest
    make.volunteer(role, attest_until=in_days(400), area="Kirke Hyllinge")  # another area
    make.volunteer(make.role(), area="Hvalsø")  # another role
    make.volunteer(role, attest_until=in_days(400), left_at=timezone.now())  # has left
    busy = make.volunteer(role, attest_until=in_days(400), area="Hvalsø")
    starts = timezone.make_aware(timezone.datetime.combine(request.date, time(10, 0)))
    session = make.session(role, starts_at=starts)
    session_signup(session_id=session.pk, volunteer=busy)
    assert list(fitting_volunteers(request)) == sorted(
        [world["volunteer"], anywhere], key=lambda v: (v.name, v.pk)
    )
    # A session that ends when the window starts does not make anyone busy.
    assert busy in fitting_volunteers(booking(place, role, days=10, start="11:00", end="12:00"))


def test_the_coordinator_sees_who_fits_with_their_availability_and_proposes(world, mailoutbox):
    request = booking(world["place"], world["role"])
    client = logged_in(world["coordinator"])
    change = client.get(f"/admin/institutions/bookingrequest/{request.pk}/change/")
    assert change.status_code == 200 and "foreslaa/" in change.content.decode()
    page = client.get(f"/admin/institutions/bookingrequest/{request.pk}/foreslaa/")
    html = page.content.decode()
    assert page.status_code == 200 and "Tirsdag formiddag" in html
    response = client.post(
        f"/admin/institutions/bookingrequest/{request.pk}/foreslaa/",
        {"volunteer": world["volunteer"].pk},
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert (request.status, request.volunteer, request.proposed_by) == (
        Status.PROPOSED,
        world["volunteer"],
        world["coordinator"],
    )
    assert make.send_everything_due() == 1
    mail = mailoutbox[0]
    assert mail.to == [world["volunteer"].user.email] and "Børnehuset Solsikken" in mail.subject
    assert len(links_in(mail.body)) == 2


def test_someone_who_does_not_fit_cannot_be_proposed(world):
    request = booking(world["place"], world["role"])
    outsider = make.volunteer(world["role"], area="Hvalsø")  # no attest
    with pytest.raises(ApplicationError) as refused:
        services.booking_propose(booking_id=request.pk, volunteer_id=outsider.pk, by=None)
    assert refused.value.code == "institutions.not-proposable"
    response = logged_in(world["coordinator"]).post(
        f"/admin/institutions/bookingrequest/{request.pk}/foreslaa/", {"volunteer": "abc"}
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == Status.REQUESTED


def proposed(world, **extra):
    request = booking(world["place"], world["role"], requested_by=world["contact"], **extra)
    return services.booking_propose(
        booking_id=request.pk, volunteer_id=world["volunteer"].pk, by=world["coordinator"]
    )


# --- the answer ----------------------------------------------------------------------------


def test_accepting_by_link_confirms_and_both_sides_get_an_ics(world, mailoutbox, client):
    request = proposed(world)
    make.send_everything_due()
    accept, decline = links_in(mailoutbox[0].body)
    assert "Ja, jeg kommer" in client.get(accept).content.decode()
    request.refresh_from_db()
    assert request.status == Status.PROPOSED  # a GET changes nothing
    mailoutbox.clear()
    done = client.post(accept)
    assert done.status_code == 200 and "Besøget er bekræftet" in done.content.decode()
    request.refresh_from_db()
    occasion = request.occasion
    assert request.status == Status.CONFIRMED
    assert occasion.owner == f"booking:{request.pk}" and occasion.capacity is None
    assert occasion.url == f"/besoeg/{request.pk}/"
    signed_up = set(SignUp.objects.filter(occasion=occasion).values_list("user", "status"))
    assert signed_up == {
        (world["volunteer"].user.pk, SignUp.Status.CONFIRMED),
        (world["contact"].pk, SignUp.Status.CONFIRMED),
    }
    assert make.send_everything_due() == 2
    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        [world["volunteer"].user.email, world["contact"].email]
    )
    for mail in mailoutbox:
        assert mail.subject.startswith("Du er tilmeldt")
        calendar = icalendar.Calendar.from_ical(mail.attachments[0][1])
        event = calendar.walk("VEVENT")[0]
        assert str(calendar["METHOD"]) == "PUBLISH"
        assert timezone.localtime(event.decoded("dtstart")).time() == time(9, 30)
        assert event.decoded("dtstart").date() == request.date
        assert str(event["UID"]).startswith(f"occasion-{occasion.pk}@")
        assert "/tilmelding/" in mail.body  # a cancel link
    # The decline link of the answered proposal no longer does anything.
    assert "gælder ikke længere" in client.post(decline).content.decode()
    request.refresh_from_db()
    assert request.status == Status.CONFIRMED


def test_declining_puts_it_back_and_tells_the_coordinator(world, mailoutbox, client):
    request = proposed(world)
    make.send_everything_due()
    accept, decline = links_in(mailoutbox[0].body)
    mailoutbox.clear()
    assert "Tak for svaret" in client.post(decline).content.decode()
    request.refresh_from_db()
    assert (request.status, request.volunteer, request.occasion) == (Status.REQUESTED, None, None)
    assert make.send_everything_due() == 1
    assert mailoutbox[0].to == [world["coordinator"].email]
    assert "afslået" in mailoutbox[0].subject
    assert "gælder ikke længere" in client.post(accept).content.decode()
    assert make.send_everything_due() == 0


def test_a_new_proposal_makes_the_old_links_stop_working(world, mailoutbox, client):
    request = proposed(world)
    make.send_everything_due()
    old_accept = links_in(mailoutbox[0].body)[0]
    other = make.volunteer(world["role"], attest_until=in_days(400), area="")
    services.booking_propose(booking_id=request.pk, volunteer_id=other.pk, by=world["coordinator"])
    make.send_everything_due()
    subjects = {m.to[0]: m.subject for m in mailoutbox[1:]}
    assert "ikke længere aktuelt" in subjects[world["volunteer"].user.email]
    assert "Vil du besøge" in subjects[other.user.email]
    assert "gælder ikke længere" in client.post(old_accept).content.decode()
    request.refresh_from_db()
    assert request.status == Status.PROPOSED and request.volunteer == other


def test_a_tampered_link_is_a_clear_404(client):
    assert client.get("/frivillig/besoeg/ikke-et-link/").status_code == 404


def test_the_volunteer_may_also_answer_on_the_visit_page(world):
    request = proposed(world)
    client = logged_in(world["volunteer"].user)
    page = client.get(f"/besoeg/{request.pk}/").content.decode()
    assert "Ja, jeg kommer" in page and "Nej tak" in page
    client.post(f"/besoeg/{request.pk}/svar/", {"action": "accept"})
    request.refresh_from_db()
    assert request.status == Status.CONFIRMED
    # The contact cannot answer for the volunteer.
    other = proposed(world, days=20)
    assert (
        logged_in(world["contact"])
        .post(f"/besoeg/{other.pk}/svar/", {"action": "accept"})
        .status_code
        == 404
    )


# --- cancelling ----------------------------------------------------------------------------


def confirmed(world):
    request = proposed(world)
    return services.booking_accept(
        booking_id=request.pk,
        volunteer_id=world["volunteer"].pk,
        proposal=services.proposal_of(request),
    )


def test_the_institution_cancels_on_its_page_and_everyone_is_told(world, mailoutbox):
    request = confirmed(world)
    make.send_everything_due()
    mailoutbox.clear()
    client = logged_in(world["contact"])
    assert "Aflys besøget" in client.get(f"/besoeg/{request.pk}/").content.decode()
    response = client.post(f"/besoeg/{request.pk}/aflys/")
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == Status.CANCELLED and request.occasion.cancelled_at is not None
    assert make.send_everything_due() == 2
    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        [world["volunteer"].user.email, world["contact"].email]
    )
    for mail in mailoutbox:
        assert mail.subject.startswith("Aflyst")
        assert "METHOD:CANCEL" in mail.attachments[0][1]
    assert make.send_everything_due() == 0


def test_the_volunteers_cancel_link_calls_the_visit_off_and_tells_the_institution(
    world, mailoutbox, client
):
    request = confirmed(world)
    make.send_everything_due()
    mailoutbox.clear()
    mine = SignUp.objects.get(occasion=request.occasion, user=world["volunteer"].user)
    client.post(f"/tilmelding/{action_token(mine, 'cancel')}/")
    request.refresh_from_db()
    assert request.status == Status.CANCELLED
    make.send_everything_due()
    told = {m.to[0]: m.subject for m in mailoutbox}
    assert told[world["volunteer"].user.email].startswith("Du er afmeldt")
    assert told[world["contact"].email].startswith("Aflyst")
    assert len(mailoutbox) == 2


def test_the_contacts_cancel_link_calls_the_visit_off_too(world, mailoutbox, client):
    request = confirmed(world)
    theirs = SignUp.objects.get(occasion=request.occasion, user=world["contact"])
    client.post(f"/tilmelding/{action_token(theirs, 'cancel')}/")
    request.refresh_from_db()
    assert request.status == Status.CANCELLED
    volunteer_signup = SignUp.objects.get(occasion=request.occasion, user=world["volunteer"].user)
    assert volunteer_signup.status == SignUp.Status.CANCELLED


def test_withdrawing_a_proposed_request_tells_the_volunteer(world, mailoutbox):
    request = proposed(world)
    make.send_everything_due()
    mailoutbox.clear()
    logged_in(world["contact"]).post(f"/besoeg/{request.pk}/aflys/")
    request.refresh_from_db()
    assert request.status == Status.CANCELLED
    assert make.send_everything_due() == 1
    assert "ikke længere aktuelt" in mailoutbox[0].subject


# --- who sees what -------------------------------------------------------------------------


def test_each_side_sees_only_its_own_bookings(world):
    request = confirmed(world)
    stranger = make.contact()
    make.institution(stranger)
    other_volunteer = make.volunteer(world["role"])
    for user in (stranger, other_volunteer.user):
        client = logged_in(user)
        assert client.get(f"/besoeg/{request.pk}/").status_code == 404
        assert client.post(f"/besoeg/{request.pk}/aflys/").status_code == 404
    assert "Børnehuset Solsikken" not in logged_in(stranger).get("/institution/").content.decode()
    request.refresh_from_db()
    assert request.status == Status.CONFIRMED
    assert logged_in(world["volunteer"].user).get(f"/besoeg/{request.pk}/").status_code == 200
    assert logged_in(world["contact"]).get(f"/besoeg/{request.pk}/").status_code == 200


@pytest.mark.parametrize(
    ("who", "home", "new"),
    [
        ("anonymous", "login", "login"),
        ("volunteer", 403, 403),
        ("editor", 403, 403),
        ("member", 403, 403),
        ("institution", 200, 200),
        ("coordinator", 200, 200),
    ],
)
def test_the_institution_pages_per_role(client, who, home, new):
    if who != "anonymous":
        client.force_login(RoleUserFactory(roles=[who]))
    for url, expected in (("/institution/", home), ("/institution/booking/ny/", new)):
        response = client.get(url)
        if expected == "login":
            assert response.status_code == 302 and "/konto/login/" in response["Location"]
        else:
            assert response.status_code == expected


def test_the_coordinator_may_invite_institution_contacts_and_the_editor_may_not():
    from accounts.roles import INSTITUTION
    from accounts.services import grantable_roles

    assert INSTITUTION in grantable_roles(RoleUserFactory(roles=["coordinator"]))
    assert INSTITUTION not in grantable_roles(RoleUserFactory(roles=["editor"]))


def test_mine_sider_lists_the_volunteers_visits(world):
    # The institutions app adds its section to the volunteers' page (volunteers.hooks).
    request = proposed(world)
    html = logged_in(world["volunteer"].user).get("/mine-sider/").content.decode()
    assert "Besøg hos institutioner" in html
    assert "Børnehuset Solsikken" in html and f"/besoeg/{request.pk}/" in html
    assert "venter på dit svar" in html


# --- query counts --------------------------------------------------------------------------


@pytest.mark.parametrize("rows", [5, 50])
def test_the_institution_pages_run_a_fixed_number_of_queries(
    world, rows, django_assert_max_num_queries
):
    for n in range(rows):
        booking(world["place"], world["role"], days=n + 1)
    request = proposed(world, days=rows + 5)
    client = logged_in(world["contact"])
    client.get("/institution/")
    with django_assert_max_num_queries(8):
        page = client.get("/institution/")
    assert page.content.decode().count("<tr>") == rows + 2  # a header row
    with django_assert_max_num_queries(8):
        assert client.get(f"/besoeg/{request.pk}/").status_code == 200
    with django_assert_max_num_queries(14):  # the choice lists are read per rendering
        assert client.get("/institution/booking/ny/").status_code == 200
    coordinator = logged_in(world["coordinator"])
    coordinator.get(f"/admin/institutions/bookingrequest/{request.pk}/foreslaa/")
    for _ in range(rows):
        make.volunteer(world["role"], attest_until=in_days(400), area="Hvalsø")
    with django_assert_max_num_queries(12):
        page = coordinator.get(f"/admin/institutions/bookingrequest/{request.pk}/foreslaa/")
    assert page.content.decode().count('name="volunteer"') == rows + 1


def test_an_empty_booking_post_names_the_missing_fields(world):
    response = logged_in(world["contact"]).post("/institution/booking/ny/", {})
    assert response.status_code == 200
    assert {"date", "time_from", "time_to", "children"} <= set(response.context["form"].errors)
    assert "Dette felt er påkrævet." in response.content.decode()
    assert not BookingRequest.objects.exists()


# --- a proposal that no longer holds ---------------------------------------------------------


def test_a_stale_proposal_link_is_a_410_without_the_visits_facts(world, mailoutbox, client):
    request = proposed(world)
    make.send_everything_due()
    accept, decline = links_in(mailoutbox[0].body)
    client.post(decline)
    for link in (accept, decline):
        response = client.get(link)
        html = response.content.decode()
        assert response.status_code == 410
        assert "gælder ikke længere" in html
        assert world["place"].name not in html and request.place not in html
    response = client.post(accept)
    assert response.status_code == 410 and world["place"].name not in response.content.decode()


def test_a_volunteer_who_left_cannot_accept(world):
    request = proposed(world)
    world["volunteer"].left_at = timezone.now()
    world["volunteer"].save()
    with pytest.raises(ApplicationError) as refused:
        services.booking_accept(
            booking_id=request.pk,
            volunteer_id=world["volunteer"].pk,
            proposal=services.proposal_of(request),
        )
    assert refused.value.code == "institutions.gone"
    request.refresh_from_db()
    assert request.status == Status.PROPOSED and request.occasion is None


def test_erasing_the_proposed_volunteer_puts_the_request_back(world, mailoutbox):
    request = proposed(world)
    person_erase(user=world["volunteer"].user, by=None)
    request.refresh_from_db()
    assert (request.status, request.volunteer) == (Status.REQUESTED, None)
    make.send_everything_due()
    assert [m.to for m in mailoutbox if "afslået" in m.subject] == [[world["coordinator"].email]]


def test_a_volunteer_who_leaves_puts_a_confirmed_visit_back_to_requested(world, mailoutbox):
    """Withdrawing consent (an erasure) does not call the daycare's visit off: it waits for
    another Læsehest, and the coordinator and the institution are told, each in their words."""
    request = confirmed(world)
    old_occasion = request.occasion
    make.send_everything_due()
    mailoutbox.clear()
    volunteer = logged_in(world["volunteer"].user)
    assert volunteer.post("/mine-sider/traek-samtykke-tilbage/").status_code == 302
    request.refresh_from_db()
    assert (request.status, request.volunteer, request.occasion) == (Status.REQUESTED, None, None)
    old_occasion.refresh_from_db()
    assert old_occasion.cancelled_at is not None  # calendars drop the old entry
    assert not old_occasion.signups.active().exists()
    make.send_everything_due()
    by_recipient = {m.to[0]: m for m in mailoutbox}
    assert set(by_recipient) == {world["coordinator"].email, world["contact"].email}
    coordinator = by_recipient[world["coordinator"].email]
    assert "mangler en læsehest igen" in coordinator.subject
    assert "står igen som Ønsket" in coordinator.body
    assert f"/admin/institutions/bookingrequest/{request.pk}/change/" in coordinator.body
    contact = by_recipient[world["contact"].email]
    assert "Vi finder en ny læsehest" in contact.subject and "ikke aflyst" in contact.body
    ((name, ics, _type),) = contact.attachments
    calendar = icalendar.Calendar.from_ical(ics)
    assert calendar["method"] == "CANCEL"
    assert f"occasion-{old_occasion.pk}@" in str(calendar.walk("VEVENT")[0]["uid"])
    assert not any("aflyst" in m.subject.lower() for m in mailoutbox)
    # The institution sees it waiting again; the coordinator may propose someone else.
    assert "Ønsket" in logged_in(world["contact"]).get("/institution/").content.decode()
    other = make.volunteer(world["role"], attest_until=in_days(400), area="Hvalsø")
    services.booking_propose(booking_id=request.pk, volunteer_id=other.pk, by=world["coordinator"])
    request.refresh_from_db()
    accepted = services.booking_accept(
        booking_id=request.pk, volunteer_id=other.pk, proposal=services.proposal_of(request)
    )
    assert accepted.status == Status.CONFIRMED and accepted.occasion != old_occasion


def test_a_contact_who_leaves_does_not_call_the_visit_off(world, mailoutbox):
    second = make.contact()
    world["place"].contacts.add(second)
    request = confirmed(world)
    make.send_everything_due()
    mailoutbox.clear()
    person_erase(user=world["contact"], by=world["contact"])
    request.refresh_from_db()
    assert request.status == Status.CONFIRMED and request.occasion.cancelled_at is None
    assert request.occasion.signups.active().filter(user=world["volunteer"].user).exists()
    assert list(world["place"].contacts.all()) == [second]
    make.send_everything_due()
    assert mailoutbox == []  # nobody hears of a cancellation: there is none


def test_a_visit_that_has_begun_cannot_be_cancelled(world, mailoutbox):
    request = confirmed(world)
    starts, _ends = window(request)
    client = logged_in(world["contact"])
    with time_machine.travel(starts + timedelta(minutes=10)):
        assert "Aflys besøget" not in client.get(f"/besoeg/{request.pk}/").content.decode()
        response = client.post(f"/besoeg/{request.pk}/aflys/", follow=True)
        assert "allerede begyndt eller overstået" in response.content.decode()
        with pytest.raises(ApplicationError) as refused:
            services.booking_cancel(booking_id=request.pk)
        assert refused.value.code == "institutions.started"
    request.refresh_from_db()
    assert request.status == Status.CONFIRMED and request.occasion.cancelled_at is None


def test_the_booking_form_is_rate_limited_per_account(world, settings):
    from dig_portal import settings as portal_settings

    settings.ACCOUNT_RATE_LIMITS = portal_settings.ACCOUNT_RATE_LIMITS
    client = logged_in(world["contact"])
    answers = [client.post("/institution/booking/ny/", {}).status_code for _ in range(21)]
    assert answers[:20] == [200] * 20 and answers[20] == 429
    assert client.get("/institution/booking/ny/").status_code == 200  # reading is not limited
