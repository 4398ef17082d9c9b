"""The notices' part of a person's export and erasure (core/personal_data.py): a line for
every e-mail sent or due to one of their addresses. The rows stay (what was sent, and when, is
the portal's record of its mail), without the address; pending ones are not sent."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.personal_data import ERASED_DOMAIN, Part, Person

from .models import Notice


def _to(person: Person) -> Q:
    query = Q(pk__in=[])
    for email in person.emails:
        query |= Q(recipient__iexact=email)
    return query


def notices_export(person: Person) -> Part | None:
    notices = list(Notice.objects.filter(_to(person)).order_by("due_at", "pk"))
    if not notices:
        return None
    sent = [n for n in notices if n.status == Notice.Status.SENT]
    pending = [n for n in notices if n.status == Notice.Status.PENDING]
    summary = [
        _(
            "Vi har en linje for hver e-mail til dig: %(sent)d sendt, %(pending)d venter. "
            "Linjen siger, hvad slags besked det var, og hvornår den blev sendt; selve "
            "teksten gemmer vi ikke."
        )
        % {"sent": len(sent), "pending": len(pending)}
    ]
    if sent:
        summary.append(
            _("Den seneste blev sendt %(when)s.")
            % {"when": timezone.localtime(max(n.sent_at for n in sent)).strftime("%d.%m.%Y")}
        )
    data = [
        {
            "kind": n.kind,
            "recipient": n.recipient,
            "status": n.status,
            "due_at": n.due_at.isoformat(),
            "sent_at": n.sent_at.isoformat() if n.sent_at else None,
        }
        for n in notices
    ]
    return Part(data=data, summary=summary)


def notices_erase(person: Person) -> None:
    """After the apps above (their notices named by key are dealt with there): whatever is
    left to one of the person's addresses is not sent, and no row keeps the address."""
    mine = Notice.objects.filter(_to(person))
    mine.filter(status=Notice.Status.PENDING).update(status=Notice.Status.SKIPPED)
    mine.update(recipient=f"erased@{ERASED_DOMAIN}")
