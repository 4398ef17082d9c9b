"""No overbooking when many take the last places at once: 50 volunteers press "Tag vagten"
at the same moment for a session with 5 places, over real HTTP against the threaded live
server and PostgreSQL, and again straight against the service from 50 threads."""

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from http.client import HTTPConnection
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.signals import request_started
from django.db import connection
from django.test import Client

from notices.models import Notice
from signups import services as signups
from signups.models import SignUp
from tests.volunteers import visit_helpers as make
from volunteers.services.sessions import session_signup

PEOPLE = 50
PLACES = 5
Status = SignUp.Status


def test_the_live_server_answers_requests_in_parallel_threads(live_server):
    """Otherwise the HTTP test below would prove nothing about concurrency. Each of two
    requests waits, inside the server, until the other has arrived too: a server answering one
    request at a time never lets the second in while the first waits, and both fail."""
    url = urlsplit(live_server.url)
    both_inside = threading.Barrier(2, timeout=10)

    def wait_for_the_other(**kwargs):
        both_inside.wait()

    def get(_):
        http = HTTPConnection(url.hostname, url.port, timeout=30)
        http.request("GET", "/healthz")
        status = http.getresponse().status
        http.close()
        return status

    request_started.connect(wait_for_the_other)
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            statuses = list(pool.map(get, range(2)))
    finally:
        request_started.disconnect(wait_for_the_other)
    assert statuses == [200, 200]
    assert not both_inside.broken


def _cookies_for(user) -> str:
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def _get_csrf(host, port, cookies) -> tuple[str, str]:
    """The CSRF cookie and the form's token, from a GET of the sessions page as a browser."""
    http = HTTPConnection(host, port, timeout=60)
    http.request("GET", "/frivillig/vagter/", headers={"Cookie": cookies})
    response = http.getresponse()
    html = response.read().decode()
    set_cookie = response.getheader("Set-Cookie") or ""
    http.close()
    assert response.status == 200
    csrf_cookie = re.search(r"csrftoken=([^;]+)", set_cookie).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    return csrf_cookie, token


@pytest.mark.xdist_group("threads")
def test_fifty_people_at_once_over_http_give_exactly_five_places(live_server, transactional_db):
    role = make.role()
    session = make.session(role, capacity=PLACES)
    people = [make.volunteer(role) for _ in range(PEOPLE)]
    url = urlsplit(live_server.url)
    host, port = url.hostname, url.port
    prepared = []
    for person in people:
        cookies = _cookies_for(person.user)
        csrf_cookie, token = _get_csrf(host, port, cookies)
        prepared.append((f"{cookies}; csrftoken={csrf_cookie}", token))
    # Connected one by one first: the server's listen backlog is small (10), and a burst of
    # 50 connects would be dropped by the kernel, not by the portal. The 50 requests then
    # arrive together, each on its own server thread.
    connections_ = []
    for _ in prepared:
        http = HTTPConnection(host, port, timeout=120)
        http.connect()
        connections_.append(http)
    start = threading.Barrier(PEOPLE)

    def press(args):
        http, (cookies, token) = args
        start.wait()
        http.request(
            "POST",
            f"/frivillig/vagter/{session.pk}/tilmeld/",
            body=f"csrfmiddlewaretoken={token}",
            headers={
                "Cookie": cookies,
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        status = http.getresponse().status
        http.close()
        return status

    with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
        statuses = list(pool.map(press, zip(connections_, prepared, strict=True)))

    assert all(status in (200, 302) for status in statuses), statuses
    signups_now = SignUp.objects.filter(occasion=session.occasion)
    assert signups_now.filter(status=Status.CONFIRMED).count() == PLACES
    assert signups_now.filter(status=Status.WAITING).count() == PEOPLE - PLACES
    assert signups_now.count() == PEOPLE

    # A cancellation offers the place to the first on the waiting list.
    first_waiting = signups_now.filter(status=Status.WAITING).order_by("created_at", "pk").first()
    cancelled = signups_now.filter(status=Status.CONFIRMED).first()
    signups.signup_cancel(signup_id=cancelled.pk)
    first_waiting.refresh_from_db()
    assert first_waiting.status == Status.OFFERED
    assert Notice.objects.filter(key=f"signup:{first_waiting.pk}:offer").exists()
    assert signups_now.filter(status=Status.OFFERED).count() == 1


@pytest.mark.xdist_group("threads")
def test_fifty_threads_calling_the_service_at_once_give_exactly_five_places(transactional_db):
    role = make.role()
    session = make.session(role, capacity=PLACES)
    people = [make.volunteer(role) for _ in range(PEOPLE)]
    start = threading.Barrier(PEOPLE)

    def take(person):
        try:
            start.wait()
            return session_signup(session_id=session.pk, volunteer=person).status
        finally:
            connection.close()  # each thread has its own connection; give it back

    with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
        statuses = list(pool.map(take, people))

    assert statuses.count(Status.CONFIRMED) == PLACES
    assert statuses.count(Status.WAITING) == PEOPLE - PLACES
    confirmed = SignUp.objects.filter(occasion=session.occasion, status=Status.CONFIRMED)
    assert confirmed.count() == PLACES
