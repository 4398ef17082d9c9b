"""The risk lane from the first day: the default list shipped with the portal, measured on the
labelled cards, and kept in step with updates without overwriting what moderators changed."""

import pytest
from django.core import mail
from django.test import Client

from notices.services import due_notice_ids, notices_send
from tests.factories import RoleUserFactory
from voices import corpus, lexicon
from voices.lexicon import build_matcher
from voices.models import Postcard, RiskCategory, RiskWord

pytestmark = pytest.mark.django_db

# The cards the issue found passing a fresh install unnoticed, each a worry of its own.
ISSUE_EXAMPLES = [
    "Nogle gange har jeg lyst til at skære i mig selv, fordi ingen i klassen gider mig",
    "jeg gider ikke leve længere",
    "hvis det fortsætter sådan her, så ender jeg det hele",
    "min mors kæreste slår",
    "han vil have nøgenbilleder af mig",
    "jeg skaerer mig når ingen ser det",
    "jeg tænker på selvmoord hver aften",
]


def test_a_fresh_install_has_the_default_list_with_every_category():
    shipped = lexicon.default_entries()
    rows = RiskWord.objects.exclude(default_key=None)
    assert rows.count() == len(shipped) > 150
    categories = set(rows.filter(kind="risk").values_list("category", flat=True))
    assert categories == set(RiskCategory.values) - {"other"}
    assert rows.filter(kind="exception").count() >= 20
    # Every line can be read, and each was saved with its words' forms.
    matcher = build_matcher(rows)
    assert matcher.errors == []
    assert "skar" in rows.get(default_key="self_harm.skaere-mig").analysis["forms"]["skære"]


def test_the_default_list_meets_its_figures_on_the_labelled_cards():
    score = corpus.score(build_matcher(RiskWord.objects.active()))
    assert sum(score.totals.values()) >= 150 and score.ordinary >= 150
    assert set(score.totals) == set(RiskCategory.values) - {"other"}
    assert score.recall >= 0.95, [c.text for c in score.missed]
    for category in score.totals:
        assert score.recall_of(category) >= 0.9, (category, score.missed)
    assert score.false_alarm_rate <= 0.05, [c.text for c in score.alarmed]


@pytest.mark.parametrize("text", ISSUE_EXAMPLES)
def test_the_issues_examples_land_in_the_risk_lane_with_help_first(text):
    response = Client().post("/unge/", {"text": text})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Tal med nogen nu" in page and "116 111" in page
    card = Postcard.objects.get()
    assert card.is_risk and card.risk_categories
    assert card.risk_deadline is not None


def test_every_example_on_one_day_gives_each_moderator_one_gathered_alert():
    moderators = [RoleUserFactory(roles=["moderator"]) for _ in range(2)]
    RoleUserFactory(roles=["moderator"], second_factor=False)  # may open nothing: not told
    for text in ISSUE_EXAMPLES:
        Client().post("/unge/", {"text": text})
    notices_send(due_notice_ids())
    notices_send(due_notice_ids())
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in moderators)
    body = mail.outbox[0].body
    assert f"{len(ISSUE_EXAMPLES)} postkort fra unge" in body
    assert "Selvskade" in body and "Selvmordstanker" in body
    # Never the text.
    assert not any(words in body for words in ("skære i", "gider", "ender jeg", "mors", "moord"))


def _line(key):
    return RiskWord.objects.get(default_key=key)


def test_an_update_of_the_default_never_overwrites_what_moderators_changed(monkeypatch):
    edited = _line("suicidal.selvmord")
    edited.word, edited.edited = "selvmord*|selvmorderisk", True
    edited.save()
    switched_off = _line("suicidal.kms")
    switched_off.is_active, switched_off.edited = False, True
    switched_off.save()
    untouched = _line("threats.skoleskyderi")
    shipped = lexicon.default_entries()
    for line in shipped:
        if line["key"] in ("suicidal.selvmord", "suicidal.kms", "threats.skoleskyderi"):
            line["word"] = line["word"] + "|nyt-ord-fra-opdateringen"
    shipped = [line for line in shipped if line["key"] != "bullying.en"]
    shipped.append(
        {
            "key": "threats.ny",
            "word": "helt ny linje",
            "kind": "risk",
            "category": "threats",
            "inflect": True,
            "note": "",
        }
    )
    monkeypatch.setattr(lexicon, "default_entries", lambda: [dict(line) for line in shipped])

    counts = lexicon.sync_default()

    assert counts["added"] == 1 and counts["removed"] == 1
    assert _line("suicidal.selvmord").word == "selvmord*|selvmorderisk"
    assert not _line("suicidal.kms").is_active
    untouched.refresh_from_db()
    assert untouched.word.endswith("|nyt-ord-fra-opdateringen")
    assert _line("threats.ny").word == "helt ny linje"
    assert not RiskWord.objects.filter(default_key="bullying.en").exists()
    # Running it again changes nothing.
    assert lexicon.sync_default() == {"added": 0, "updated": 0, "kept": 2, "removed": 0}
