import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import AgeBand, PaperBatch, RiskWord, School, Theme
from .risk import PatternError, parse_group, parse_pattern
from .services import MAX_LENGTH

# Real tags only: "<3" and ">:)" are how young people write, not markup.
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _no_control_characters(value: str) -> None:
    if any(unicodedata.category(c) == "Cc" and c not in "\n\r\t" for c in value):
        raise ValidationError(
            _("Teksten indeholder usynlige kontroltegn. Slet dem, og prøv igen."), code="control"
        )


def _no_tags(value: str) -> None:
    if _TAG.search(value):
        raise ValidationError(
            _("Skriv uden HTML-koder som <b> – almindelig tekst er nok."), code="markup"
        )


class PostcardForm(forms.Form):
    text = forms.CharField(
        label=_("Dit postkort"),
        max_length=MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 7}),
        validators=[_no_control_characters, _no_tags],
        help_text=_("En tanke, en drøm eller en idé til din skole eller dit område."),
        error_messages={"required": _("Skriv noget på dit postkort, før du sender det.")},
    )
    school = forms.ModelChoiceField(
        label=_("Din skole"),
        queryset=School.objects.all(),
        required=False,
        empty_label=_("Vil ikke sige"),
        error_messages={
            "invalid_choice": _("Vælg en skole fra listen, eller vælg »Vil ikke sige«.")
        },
    )
    age_band = forms.ChoiceField(
        label=_("Din alder"),
        choices=[("", _("Vil ikke sige")), *AgeBand.choices],
        required=False,
        error_messages={"invalid_choice": _("Vælg en alder fra listen.")},
    )
    theme = forms.ChoiceField(
        label=_("Hvad handler det om?"),
        choices=[("", _("Ikke valgt")), *Theme.choices],
        required=False,
        error_messages={"invalid_choice": _("Vælg et emne fra listen.")},
    )

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        # Only invisible characters (zero-width spaces, say) would be a blank card on the wall.
        if not any(not c.isspace() and unicodedata.category(c) != "Cf" for c in text):
            raise ValidationError(self.fields["text"].error_messages["required"], code="required")
        return text


class ModerationForm(forms.Form):
    ACTIONS = ("save", "approve", "reject", "follow_up")

    text = forms.CharField(
        label=_("Tekst, som den vises"),
        max_length=MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 7}),
        help_text=_("Ret navne, numre og andet, der kan genkende nogen, til fx [navn]."),
        validators=[_no_control_characters],
    )
    note = forms.CharField(
        label=_("Note om opfølgning"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kun for moderatorer: hvad der er gjort, eller hvem der følger op."),
    )


class PaperBatchForm(forms.ModelForm):
    cards = forms.CharField(
        label=_("Postkort"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("Ét postkort pr. linje, skrevet af som det står. Tomme linjer springes over."),
        validators=[_no_control_characters],
    )

    class Meta:
        model = PaperBatch
        fields = ["school", "collected_on", "source"]

    def clean_cards(self):
        # A card is never cut short: a too long line comes back to be split by hand.
        cards = self.cleaned_data["cards"]
        long = [n for n, line in enumerate(cards.splitlines(), 1) if len(line.strip()) > MAX_LENGTH]
        if long:
            raise ValidationError(
                _("Linje %(lines)s er længere end %(max)d tegn. Del kortet på flere linjer.")
                % {"lines": ", ".join(map(str, long)), "max": MAX_LENGTH},
                code="too_long",
            )
        return cards


class RiskWordForm(forms.ModelForm):
    """A line of the risk list; the pattern is read as the matcher reads it, so a mistake comes
    back with a message instead of a line that never matches."""

    try_text = forms.CharField(
        label=_("Tekst at prøve"),
        required=False,
        max_length=MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Skriv eller indsæt en tekst, og tryk »Prøv uden at gemme«: du ser, hvilken linje der "
            "fanger den, og hvordan listen med din ændring klarer de afprøvede eksempler. Teksten "
            "gemmes ikke."
        ),
    )

    class Meta:
        model = RiskWord
        fields = ["word", "kind", "category", "inflect", "is_active", "note"]

    def clean(self):
        cleaned = super().clean()
        word, kind = cleaned.get("word"), cleaned.get("kind")
        if word and kind == RiskWord.Kind.GROUP and parse_group(word) is None:
            self.add_error("word", _("En ordgruppe skrives »@navn = ord|ord|ord«."))
        elif word and kind:
            groups = dict(
                filter(
                    None,
                    (
                        parse_group(w)
                        for w in RiskWord.objects.filter(kind=RiskWord.Kind.GROUP)
                        .exclude(pk=self.instance.pk)
                        .values_list("word", flat=True)
                    ),
                )
            )
            group = parse_group(word) if kind == RiskWord.Kind.GROUP else None
            try:
                parse_pattern(group[1] if group else word, groups=groups)
            except PatternError as error:
                self.add_error("word", ValidationError(str(error), code="pattern"))
        return cleaned

    def clean_word(self):
        return " ".join(self.cleaned_data["word"].split())


class TryTextForm(forms.Form):
    text = forms.CharField(
        label=_("Tekst at prøve"),
        max_length=MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Teksten gemmes ikke."),
        error_messages={"required": _("Skriv en tekst at prøve.")},
    )
