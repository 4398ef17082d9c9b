"""Where apps above volunteers hook in, so that volunteers never imports them (the
institutions app, say, which books volunteers for visits). Each registers from its
`AppConfig.ready()`:

    hooks.on_leaving(volunteer_bookings_release)  # volunteer -> None
    hooks.my_pages_section("institutions/my_pages_visits.html")

- `on_leaving` handlers are called with the volunteer who leaves (is erased or withdraws
  consent), inside that transaction with the volunteer's row locked, before their data goes.
- `my_pages_section` templates are included on Mine sider, in the order registered, with the
  page's context (`request.user` is the person).
"""

from collections.abc import Callable

_leaving: list[Callable] = []
_sections: list[str] = []


def on_leaving(handler: Callable) -> None:
    if handler not in _leaving:
        _leaving.append(handler)


def volunteer_leaving(volunteer) -> None:
    for handler in _leaving:
        handler(volunteer=volunteer)


def my_pages_section(template: str) -> None:
    if template not in _sections:
        _sections.append(template)


def my_pages_sections() -> list[str]:
    return list(_sections)
