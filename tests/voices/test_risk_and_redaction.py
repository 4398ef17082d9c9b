"""The risk lane's word matching and the suggested masks."""

import unicodedata

import pytest
from django.core import mail

from notices.services import due_notice_ids, notices_send
from tests.factories import RoleUserFactory
from voices.models import Postcard, RiskWord, School
from voices.redact import masked
from voices.risk import Matcher
from voices.services import postcard_submit

WORDS = Matcher(
    [
        ("selvmord", True),
        ("slå", True),
        ("slår", True),
        ("slog", True),
        ("kill", True),
        ("ensom", True),
        ("skære mig", True),
        ("selvskade*", True),
        ("død", False),
    ]
)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Jeg tænker på selvmord", "selvmord"),
        ("selvmordet i byen", "selvmord"),
        ("Selvmordene fylder meget", "selvmord"),
        ("min far slår mig", "slår"),
        ("han slog min mor", "slog"),
        ("jeg er så ENSOM", "ensom"),
        ("vi er ensomme i frikvarteret", "ensom"),
        ("jeg har lyst til at skære   mig", "skære mig"),
        ("tanker om selvskadende adfærd", "selvskade*"),
        ("I wanna kill it", "kill"),
        ("jeg er død træt", "død"),
        # Each word of a phrase takes the endings: the verb usually comes first.
        ("jeg skærer mig i armen", "skære mig"),
        ("jeg skærer-mig", "skære mig"),
        # A hyphen ends a word, as a space does.
        ("selvmord-tanker hver nat", "selvmord"),
        ("jeg er ensom-agtig", "ensom"),
        # The same letters in another Unicode form, or with invisible characters inside.
        (unicodedata.normalize("NFD", "min far slår mig"), "slår"),
        ("jeg tænker på sel\u00advmord", "selvmord"),
        ("jeg tænker på selv\u200bmord", "selvmord"),
        ("ＳＥＬＶＭＯＲＤ", "selvmord"),
        ("ENSOMME DAGE", "ensom"),
    ],
)
def test_whole_words_and_their_inflections_match(text, word):
    assert word in WORDS.find(text)


@pytest.mark.parametrize(
    "text",
    [
        "He skilled up fast",  # "kill" inside another word
        "vi slåssede for sjov",  # "slå" inside "slåssede"? no: not a regular ending
        "Vi tog til Slagelse",
        "selvmordsbomber i en film",  # a compound is not the word (unless it ends with *)
        "stakkels ensomhedsforsker",
        "de døde blomster",  # "død" without endings is exact
        "Forslag: mere fodbold",
        "vi skærer mignon-kager",  # the phrase's last word inside another word
        "Slåbrok på",  # "slå" with an ending that is not an ending
    ],
)
def test_words_inside_other_words_do_not_match(text):
    assert WORDS.find(text) == []


@pytest.mark.django_db
def test_a_risk_card_alerts_each_moderator_exactly_once_even_if_the_job_runs_twice():
    moderator = RoleUserFactory(roles=["moderator"])
    RoleUserFactory(roles=["editor"])  # not told
    RiskWord.objects.create(word="selvmord")
    card = postcard_submit(text="Jeg tænker tit på selvmord")
    ordinary = postcard_submit(text="Mere fodbold i frikvarteret")
    assert card.is_risk and card.risk_words == "selvmord"
    assert not ordinary.is_risk

    notices_send(due_notice_ids())
    notices_send(due_notice_ids())
    from voices.services import postcard_recheck_risk

    postcard_recheck_risk(Postcard.objects.get(pk=card.pk))  # the list changed: no second alert
    notices_send(due_notice_ids())
    sent = [m for m in mail.outbox if f"#{card.pk}" in m.subject]
    assert [m.to for m in sent] == [[moderator.email]]
    # The e-mail links to the card but never carries its text.
    assert "selvmord" not in sent[0].body
    assert f"/unge/moderation/{card.pk}/" in sent[0].body


@pytest.mark.django_db
def test_masks_are_suggested_for_what_could_identify_someone():
    school = School.objects.create(name="Hvalsø Skole")
    text = (
        "Hej, jeg hedder Sofie Hansen og går på Hvalsø Skole. Ring 12 34 56 78 eller "
        "+45 87654321, skriv til sofie@example.com, jeg bor på Bygaden 12."
    )
    result = masked(text, [school.name])
    for gone in ("Sofie", "Hansen", "Hvalsø", "12 34 56 78", "87654321", "sofie@", "Bygaden"):
        assert gone not in result
    assert "[navn]" in result and "[skole]" in result and "[telefonnummer]" in result
    assert "[e-mail]" in result and "[adresse]" in result
    # Ordinary text is left alone.
    assert masked("Vi drømmer om en skaterbane i 2026") == "Vi drømmer om en skaterbane i 2026"
    assert masked("Træning 2 a 3 gange, version 2.0") == "Træning 2 a 3 gange, version 2.0"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text, expected",
    [
        ("jeg hedder sofie og går i 7.b", "jeg hedder [navn] og går i [klasse]"),
        ("mit navn er ida-marie", "mit navn er [navn]"),
        ("Vi i 8 A vil have mere idræt", "Vi i [klasse] vil have mere idræt"),
        ("hilsen fra os i 9x", "hilsen fra os i [klasse]"),
    ],
)
def test_names_in_lower_case_and_classes_are_suggested_too(text, expected):
    assert masked(text) == expected


@pytest.mark.django_db
def test_no_risk_notice_row_keeps_the_moment_a_card_came():
    """The card keeps only its day; the notice rows (created, sent) would keep the second."""
    from notices.models import Notice
    from voices.services import (
        originals_delete_expired,
        postcard_approve,
        postcard_recheck_risk,
        postcard_reject,
    )

    RoleUserFactory(roles=["moderator"])
    RiskWord.objects.create(word="selvmord")
    waiting, approved, rejected = (postcard_submit(text=f"selvmord {n}") for n in range(3))
    notices_send(due_notice_ids())
    assert len(mail.outbox) == 3
    postcard_approve(approved.pk)
    postcard_reject(rejected.pk)
    assert [n.object_id for n in Notice.objects.all()] == [str(waiting.pk)]
    originals_delete_expired()  # the nightly job: sent ones go
    assert not Notice.objects.exists()
    # Still once: the card stays in the risk lane, and nothing alerts again.
    postcard_recheck_risk(Postcard.objects.get(pk=waiting.pk))
    notices_send(due_notice_ids())
    assert len(mail.outbox) == 3
