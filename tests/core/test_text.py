from core.text import danish_slugify, plain_text, unique_slug


def test_danish_letters_are_transliterated():
    assert danish_slugify("Relationer i den tidlige barndom") == "relationer-i-den-tidlige-barndom"
    assert danish_slugify("Åbent værksted på Ærø: Børn") == "aabent-vaerksted-paa-aeroe-boern"
    assert danish_slugify("Trivsel i dagtilbud, skole og SFO") == "trivsel-i-dagtilbud-skole-og-sfo"


def test_unique_slug_counts_up_and_never_returns_empty():
    taken = {"lejre-laeser", "lejre-laeser-2"}
    assert unique_slug("Lejre Læser", exists=taken.__contains__) == "lejre-laeser-3"
    assert unique_slug("!!!", exists=lambda s: False) == "side"


def test_plain_text_drops_markup_and_script():
    assert plain_text("<p>Hej <strong>dig</strong></p><script>x()</script>") == "Hej dig"


def test_plain_text_keeps_a_space_between_blocks_but_not_inside_words():
    html = "<h2>Læsehest</h2><p>Som <strong>læse</strong>hest<br>læser du</p><ul><li>højt</li></ul>"
    assert plain_text(html) == "Læsehest Som læsehest læser du højt"
