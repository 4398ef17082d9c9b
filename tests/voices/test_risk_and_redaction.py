"""The suggested masks (the risk lane's matching: test_risk_matcher.py and the rest)."""

import pytest

from voices.models import School
from voices.redact import masked


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
