"""Writing a postcard: the thank-you, the help lines when it worries us, bad input, the rate
limit, and that nothing about the sender is kept."""

import logging

import pytest
from django.db import connection
from django.test import Client, override_settings

from pages.models import HelpLine
from voices.models import Postcard, RiskWord
from voices.selectors import postcards_received

pytestmark = pytest.mark.django_db

URL = "/unge/"


@pytest.fixture
def help_lines(db):
    HelpLine.objects.create(name="BørneTelefonen", number="116 111", audience="young")
    HelpLine.objects.create(name="Rådgivning for voksne", number="11 11 11 11", audience="adults")


def test_a_postcard_is_received_with_a_thank_you_saying_what_happens_next(
    client, schools, help_lines
):
    response = client.post(
        URL,
        {
            "text": "Vi drømmer om en skaterbane 🛹",
            "school": schools[1].pk,
            "age_band": "13-15",
            "theme": "omraade",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Tak for dit postkort" in page
    assert "En voksen fra +DIG læser dit postkort" in page
    card = Postcard.objects.get()
    assert (card.text, card.school, card.age_band, card.theme) == (
        "Vi drømmer om en skaterbane 🛹",
        schools[1],
        "13-15",
        "omraade",
    )
    assert card.status == "new" and not card.is_risk
    assert "help-first" not in page  # the help lines are there, but not up front


def test_a_worrying_postcard_shows_the_young_peoples_help_lines_first(client, help_lines):
    RiskWord.objects.create(word="ensom")
    response = client.post(URL, {"text": "Jeg er så ensom hver dag"})
    page = response.content.decode()
    assert "Tal med nogen nu" in page and "help-first" in page
    first = page[page.index("help-first") : page.index("Hvad sker der nu?")]
    assert "116 111" in first
    assert "Rådgivning for voksne" not in first  # only the lines for young people
    assert Postcard.objects.get().is_risk


@pytest.mark.parametrize(
    "data, message",
    [
        ({"text": ""}, "Skriv noget på dit postkort"),
        ({"text": "   "}, "Skriv noget på dit postkort"),
        ({"text": "\u200b\u200d \u00ad"}, "Skriv noget på dit postkort"),
        ({"text": "x" * 10_000}, "1000"),
        ({"text": "<b>hej</b> <script>alert(1)</script>"}, "uden HTML-koder"),
        ({"text": "hej\x07med\x1bdig"}, "kontroltegn"),
        ({"text": "hej", "school": "999999"}, "Vælg en skole fra listen"),
        ({"text": "hej", "age_band": "gammel"}, "Vælg en alder fra listen"),
        ({"text": "hej", "theme": "<x>"}, "Vælg et emne fra listen"),
    ],
)
def test_bad_input_gets_a_clear_message_and_keeps_the_text(client, schools, data, message):
    response = client.post(URL, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert "<script>alert(1)" not in page
    if data["text"].strip() and "\x07" not in data["text"]:
        from django.utils.html import escape

        assert escape(data["text"][:200]) in page
    assert not Postcard.objects.exists()


def test_young_peoples_way_of_writing_is_not_markup(client):
    response = client.post(URL, {"text": "Lejre <3 >:) & æøå"})
    assert "Tak for dit postkort" in response.content.decode()
    assert Postcard.objects.get().text == "Lejre <3 >:) & æøå"


@pytest.fixture
def real_limits(settings):
    from dig_portal import settings as portal_settings

    settings.ACCOUNT_RATE_LIMITS = portal_settings.ACCOUNT_RATE_LIMITS


def test_thirty_postcards_a_minute_from_one_address_are_slowed_kindly(client, real_limits):
    for n in range(30):
        assert client.post(URL, {"text": f"kort {n}"}, REMOTE_ADDR="192.0.2.5").status_code == 200
    response = client.post(URL, {"text": "det 31. kort"}, REMOTE_ADDR="192.0.2.5")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Vent et minut" in page and "det 31. kort" in page
    assert Postcard.objects.count() == 30
    # Someone else is not slowed.
    assert client.post(URL, {"text": "andet sted"}, REMOTE_ADDR="192.0.2.6").status_code == 200


def test_an_ipv6_client_is_counted_by_its_64(client, real_limits):
    """A phone or a household gets a whole /64: a new address per card must not get past."""
    for n in range(30):
        address = f"2001:db8:1:2::{n + 1:x}"
        assert client.post(URL, {"text": f"kort {n}"}, REMOTE_ADDR=address).status_code == 200
    response = client.post(URL, {"text": "endnu et"}, REMOTE_ADDR="2001:db8:1:2:ffff::9")
    assert response.status_code == 429
    assert Postcard.objects.count() == 30
    # The next /64 is someone else.
    assert client.post(URL, {"text": "nabo"}, REMOTE_ADDR="2001:db8:1:3::1").status_code == 200


ADDRESS = "203.0.113.187"
PROXIED = "198.51.100.143"
AGENT = "ProbeAgent/7.3 (VoicesTrace-qz81)"


@override_settings(ALLAUTH_TRUSTED_CLIENT_IP_HEADER="X-Real-IP")
def test_nothing_about_the_sender_is_stored_or_logged(schools, caplog, real_limits):
    from django.core.cache import cache

    from notices.models import Notice
    from tests.factories import RoleUserFactory

    RiskWord.objects.create(word="selvmord")
    RoleUserFactory(roles=["moderator"])  # so the risk card's notice is made in the request too
    caplog.set_level(logging.DEBUG)
    client = Client(REMOTE_ADDR=ADDRESS, HTTP_X_REAL_IP=PROXIED, HTTP_USER_AGENT=AGENT)
    client.get(URL)
    for text in ("Mere fællesskab på tværs af klasserne", "Jeg tænker på selvmord"):
        response = client.post(URL, {"text": text, "school": schools[0].pk})
        assert response.status_code == 200
    client.post(URL, {"text": ""})  # a refused one too
    assert Postcard.objects.count() == 2
    assert Notice.objects.filter(kind="voices-risk").exists()

    needles = [ADDRESS, PROXIED, AGENT, "VoicesTrace"]
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        for table in tables:
            for needle in needles:
                # The table names come from the database itself; quote_name quotes them.
                sql = f"SELECT count(*) FROM {connection.ops.quote_name(table)} AS t"  # noqa: S608
                cursor.execute(sql + " WHERE t::text ILIKE %s", [f"%{needle}%"])
                assert cursor.fetchone()[0] == 0, (table, needle)
    assert len(tables) > 30  # every table, the audit log and sessions among them
    assert "auditlog_logentry" in tables

    logged = caplog.text + " ".join(str(r.__dict__) for r in caplog.records)
    for needle in needles:
        assert needle not in logged

    # Nor in the cache: the rate limit's key is a keyed hash that changes every hour.
    client_redis = cache._cache.get_client(None)
    keys = list(client_redis.scan_iter(count=1000))
    assert any(b":rl:" in key and b"postcard" in key for key in keys)  # the limit counted
    for key in keys:
        value = client_redis.get(key) or b""
        for needle in needles:
            assert needle.encode() not in key and needle.encode() not in value


def test_a_young_persons_postcard_makes_no_audit_log_entry(client):
    from auditlog.models import LogEntry

    client.post(URL, {"text": "hej"})
    assert Postcard.objects.count() == 1
    assert not LogEntry.objects.filter(content_type__app_label="voices").exists()


def test_postcards_received_counts_a_date_range(client):
    from datetime import date

    from voices.services import postcard_submit

    postcard_submit(text="a", received_on=date(2026, 3, 1))
    postcard_submit(text="b", received_on=date(2026, 3, 31))
    postcard_submit(text="c", received_on=date(2026, 4, 1))
    assert postcards_received(date(2026, 3, 1), date(2026, 3, 31)) == 2
    assert postcards_received(date(2026, 4, 1), date(2026, 4, 30)) == 1


def test_the_form_is_in_english_too(client):
    response = client.get("/en/unge/")
    assert response.status_code == 200
    assert "Write a postcard" in response.content.decode()


def test_the_web_servers_access_log_leaves_out_address_and_agent():
    from pathlib import Path

    from gunicorn.config import Config
    from gunicorn.glogging import Logger

    root = Path(__file__).resolve().parents[2]
    namespace: dict = {}
    exec((root / "gunicorn.conf.py").read_text(), namespace)  # noqa: S102 - our own config file
    config = Config()
    config.set("access_log_format", namespace["access_log_format"])
    logger = Logger(config)

    class Response:
        status = "200 OK"
        response_length = 10
        sent = 10
        headers = ()

    class Request:
        headers = [("USER-AGENT", AGENT), ("REFERER", "https://example.org/")]
        method, uri, path, query, version = "POST", "/unge/", "/unge/", "", (1, 1)

    from datetime import timedelta

    environ = {
        "REMOTE_ADDR": ADDRESS,
        "HTTP_USER_AGENT": AGENT,
        "HTTP_X_REAL_IP": PROXIED,
        "REQUEST_METHOD": "POST",
        "RAW_URI": "/unge/",
        "PATH_INFO": "/unge/",
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1",
    }
    atoms = logger.atoms(Response(), Request(), environ, timedelta(milliseconds=5))
    line = logger.cfg.access_log_format % atoms
    assert "/unge/" in line
    for needle in (ADDRESS, PROXIED, AGENT):
        assert needle not in line


def test_a_worrying_postcard_names_boernetelefonen_before_any_lines_are_entered(client):
    RiskWord.objects.create(word="ensom")
    page = client.post(URL, {"text": "Jeg er så ensom"}).content.decode()
    first = page[page.index("help-first") : page.index("Hvad sker der nu?")]
    assert "116 111" in first and 'href="tel:116111"' in first
