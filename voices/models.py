"""Young people's postcards: anonymous by design.

A postcard holds its text and what the writer chose to tell (school, age band, theme), and
nothing else about them: no name, no address, no user agent, and only the day it came, not the
time (a time could be matched against a proxy's access log).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Theme(models.TextChoices):
    COMMUNITY = "faellesskab", _("Fællesskab og venner")
    SCHOOL = "skole", _("Skolen")
    SPARE_TIME = "fritid", _("Fritid")
    AREA = "omraade", _("Mit område")
    WELLBEING = "trivsel", _("At have det godt")
    DREAM = "droem", _("En drøm")
    OTHER = "andet", _("Noget andet")


class AgeBand(models.TextChoices):
    UNDER_13 = "u13", _("12 år eller yngre")
    AGE_13_15 = "13-15", _("13–15 år")
    AGE_16_18 = "16-18", _("16–18 år")
    OVER_18 = "o18", _("19 år eller ældre")


class School(models.Model):
    """The fixed list a young person picks their school from (kept by the secretariat)."""

    name = models.CharField(_("navn"), max_length=120, unique=True)
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("skole")
        verbose_name_plural = _("skoler")

    def __str__(self):
        return self.name


class RiskCategory(models.TextChoices):
    """What a worrying card may be about; the alert and the queue name this, never the text."""

    SELF_HARM = "self_harm", _("Selvskade")
    SUICIDAL = "suicidal", _("Selvmordstanker")
    DOMESTIC_VIOLENCE = "domestic_violence", _("Vold i hjemmet")
    SEXUAL_ABUSE = "sexual_abuse", _("Seksuelle overgreb og grooming")
    NUDE_IMAGES = "nude_images", _("Delte nøgenbilleder")
    EATING_DISORDER = "eating_disorder", _("Spiseforstyrrelse")
    NEGLECT = "neglect", _("Omsorgssvigt")
    THREATS = "threats", _("Trusler")
    DRUGS = "drugs", _("Pres om stoffer")
    BULLYING = "bullying", _("Grov mobning")
    OTHER = "other", _("Andet")


class RiskWordQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class RiskWord(models.Model):
    """One entry of the risk lane's list: a pattern that suggests a young person may be at risk,
    or a harmless idiom that must not count (voices/risk.py reads the patterns).

    The portal ships a default list (voices/default_lexicon.toml, kept in step after every
    migrate by voices/lexicon.py). A shipped entry has its `default_key`; once a moderator
    changes or switches it off it is `edited`, and later updates of the default leave it alone.
    """

    class Kind(models.TextChoices):
        RISK = "risk", _("Bekymrende")
        EXCEPTION = "exception", _("Undtagelse (harmløst udtryk)")
        GROUP = "group", _("Ordgruppe (bruges i andre linjer)")

    word = models.CharField(
        _("ord eller udtryk"),
        max_length=1000,
        unique=True,
        help_text=_(
            "Ord i rækkefølge, side om side: »tage mit liv«. »|« skiller alternativer, også af "
            "flere ord: »mig selv|mine arme«. »…« giver plads til op til tre ord imellem: "
            "»skære … mig selv«. * til sidst tager også længere ord: »selvmord*« fanger "
            "»selvmordstanker«; ! til sidst tager kun ordet, som det står. »+« kræver dele i samme "
            "sætning i vilkårlig rækkefølge: »kæreste + slå«. »@familie« står for ordene i "
            "ordgruppen »@familie = far|mor|…«. Hvert ord fanges med sine bøjninger (skar, skærer "
            "→ skære) og med én tastefejl i lange ord."
        ),
    )
    kind = models.CharField(_("slags"), max_length=10, choices=Kind.choices, default=Kind.RISK)
    category = models.CharField(
        _("kategori"),
        max_length=20,
        choices=RiskCategory.choices,
        default=RiskCategory.OTHER,
        help_text=_("Står i e-mailen til moderatorerne og i køen i stedet for kortets tekst."),
    )
    inflect = models.BooleanField(
        _("med bøjninger"),
        default=True,
        help_text=_("Fjern fluebenet, hvis kun præcis de skrevne former skal fanges."),
    )
    is_active = models.BooleanField(
        _("i brug"), default=True, help_text=_("Fjern fluebenet for at slå linjen fra.")
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    default_key = models.CharField(
        _("standardlistens nøgle"),
        max_length=80,
        unique=True,
        null=True,
        blank=True,
        editable=False,
    )
    edited = models.BooleanField(
        _("ændret af en moderator"),
        default=False,
        editable=False,
        help_text=_("En ændret linje fra standardlisten opdateres ikke længere af portalen."),
    )
    # Derived when the line is saved (lexicon.py): its words' Danish forms from the lemmatiser,
    # and the real words one typo away from them, which are never read as typos.
    analysis = models.JSONField(_("bøjningsformer"), default=dict, blank=True, editable=False)
    changed_at = models.DateTimeField(_("ændret"), auto_now=True)

    objects = RiskWordQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "category", "word"]
        verbose_name = _("risikoord")
        verbose_name_plural = _("risikoord")

    def __str__(self):
        return self.word


class PaperBatch(models.Model):
    """Postcards collected on paper (on #Ungebussen's tour, say), typed in by staff."""

    school = models.ForeignKey(
        School, verbose_name=_("skole"), on_delete=models.PROTECT, null=True, blank=True
    )
    collected_on = models.DateField(_("indsamlet den"))
    source = models.CharField(
        _("kilde"), max_length=80, help_text=_("Fx »#Ungebussen« eller »Temadag på skolen«.")
    )

    class Meta:
        ordering = ["-collected_on", "-pk"]
        verbose_name = _("bunke papirpostkort")
        verbose_name_plural = _("bunker af papirpostkort")

    def __str__(self):
        return f"{self.source} {self.collected_on:%d.%m.%Y}"


class PostcardQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Postcard.Status.APPROVED)

    def waiting(self):
        return self.filter(status=Postcard.Status.NEW)

    def risk_unread(self):
        """Worrying cards no moderator has opened yet."""
        return self.waiting().filter(is_risk=True, opened_at__isnull=True)

    def queue(self):
        """Risk lane first, then the ordinary lane; oldest first in each."""
        return self.waiting().order_by("-is_risk", "pk")


class Postcard(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("Venter på en voksen")
        APPROVED = "approved", _("Godkendt og vist")
        REJECTED = "rejected", _("Ikke vist")

    text = models.TextField(_("tekst"))
    original_text = models.TextField(
        _("uredigeret tekst"),
        blank=True,
        help_text=_("Teksten før maskering; slettes ved godkendelse eller efter 14 dage."),
    )
    school = models.ForeignKey(
        School, verbose_name=_("skole"), on_delete=models.SET_NULL, null=True, blank=True
    )
    age_band = models.CharField(_("alder"), max_length=5, choices=AgeBand.choices, blank=True)
    theme = models.CharField(_("tema"), max_length=12, choices=Theme.choices, blank=True)
    batch = models.ForeignKey(
        PaperBatch,
        verbose_name=_("papirbunke"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="postcards",
    )
    received_on = models.DateField(_("modtaget"), db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    is_risk = models.BooleanField(_("bekymrende"), default=False)
    risk_words = models.CharField(_("fangede udtryk"), max_length=300, blank=True)
    risk_categories = models.CharField(_("kategorier"), max_length=200, blank=True)
    # A moderator has read the card in the moderation view (batch approval needs it).
    opened_at = models.DateTimeField(_("læst første gang"), null=True, blank=True)
    # When a worrying card not yet read alerts again (and the secretariat's lead). Cleared when
    # it is read or decided: it tells the hour the card came, which nothing else keeps.
    risk_deadline = models.DateTimeField(_("læses senest"), null=True, blank=True)
    escalated = models.BooleanField(_("rykket for"), default=False)
    follow_up = models.BooleanField(_("til opfølgning"), default=False)
    follow_up_note = models.TextField(_("note om opfølgning"), blank=True)
    is_redacted = models.BooleanField(_("maskeret"), default=False)
    decided_at = models.DateTimeField(_("behandlet"), null=True, blank=True)

    objects = PostcardQuerySet.as_manager()

    class Meta:
        ordering = ["-pk"]
        verbose_name = _("postkort")
        verbose_name_plural = _("postkort")
        permissions = [
            ("moderate_postcard", _("Kan læse, maskere og godkende postkort")),
            (
                "receive_risk_escalation",
                _("Får besked, når et bekymrende postkort ikke er læst i tide"),
            ),
        ]

    def __str__(self):
        return f"#{self.pk}"

    @property
    def risk_category_labels(self) -> list[str]:
        labels = dict(RiskCategory.choices)
        return [str(labels.get(code, code)) for code in self.risk_categories.split(",") if code]


class TourPart(models.Model):
    """#Ungebussen's tour as content: its stops, workshops, the young people's articles and
    what came out of it."""

    class Kind(models.TextChoices):
        STOP = "stop", _("Stop på turen")
        WORKSHOP = "workshop", _("Workshop")
        ARTICLE = "article", _("De unges artikler")
        OUTCOME = "outcome", _("Det kom der ud af")

    kind = models.CharField(_("slags"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("titel"), max_length=200)
    body = models.TextField(
        _("tekst"), help_text=_("Almindelig tekst; en tom linje giver nyt afsnit.")
    )
    school = models.ForeignKey(
        School, verbose_name=_("skole"), on_delete=models.SET_NULL, null=True, blank=True
    )
    date = models.DateField(_("dato"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("del af #Ungebussen")
        verbose_name_plural = _("#Ungebussen")

    def __str__(self):
        return self.title
