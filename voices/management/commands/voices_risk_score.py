"""How well the risk list, as it is in the database, does on the labelled cards."""

from django.core.management.base import BaseCommand

from voices import corpus
from voices.lexicon import build_matcher
from voices.models import RiskCategory, RiskWord


class Command(BaseCommand):
    help = (
        "Prints recall per category and the false alarms of the risk list in the database on "
        "the labelled cards in voices/corpus/ (see the README's young-voices section)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--show", action="store_true", help="List the cards missed and the false alarms."
        )

    def handle(self, *args, show=False, **options):
        score = corpus.score(build_matcher(RiskWord.objects.active()))
        labels = dict(RiskCategory.choices)
        write = self.stdout.write
        write(f"{'category':<34} caught / cards   recall")
        for code in sorted(score.totals):
            label = str(labels.get(code, code))
            write(
                f"{label:<34} {score.caught[code]:>6} / {score.totals[code]:<5}"
                f"   {score.recall_of(code):.2f}"
            )
        write(
            f"{'all worrying cards':<34} {sum(score.caught.values()):>6} / "
            f"{sum(score.totals.values()):<5}   {score.recall:.2f}"
        )
        write(
            f"{'false alarms (ordinary cards)':<34} {score.false_alarms:>6} / {score.ordinary:<5}"
            f"   {score.false_alarm_rate:.2f}"
        )
        if show:
            for card in score.missed:
                write(f"missed   [{card.label}] {card.text}")
            for card in score.alarmed:
                write(f"alarm    [{card.label}] {card.text}")
