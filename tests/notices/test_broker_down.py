"""The broker (Redis) is down when a notice is made: the sign-up still succeeds at once, the
notice waits as a row, and the sweep sends it later.

The sign-up runs in a process of its own with the production settings (the suite's own run
tasks inline and never publish), against a closed port and against a server that accepts the
connection and never answers, the worse case.
"""

import json
import os
import socket
import subprocess
import sys
import threading

import pytest
from django.db import connection

from notices.models import Notice
from notices.services import due_notice_ids, notices_send
from tests.factories import OccasionFactory

from .harness import ROOT, database_url, free_port

pytestmark = pytest.mark.django_db(transaction=True)
# What a sign-up may cost when the broker is away (the request is otherwise well under 0.1 s).
MOST_SECONDS = 3


class SilentServer:
    """Accepts connections and never says a word, like a Redis that hangs."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.held = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            self.held.append(client)

    def close(self):
        self.listener.close()
        for client in self.held:
            client.close()


@pytest.fixture(params=["closed port", "silent server"])
def unreachable_broker(request):
    if request.param == "closed port":
        yield f"redis://127.0.0.1:{free_port()}/0"
        return
    server = SilentServer()
    yield f"redis://127.0.0.1:{server.port}/0"
    server.close()


def test_a_signup_succeeds_at_once_without_the_broker_and_the_sweep_sends_later(
    unreachable_broker, mailoutbox
):
    occasion = OccasionFactory(capacity=5)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "dig_portal.settings",
        "DEBUG": "true",
        "DATABASE_URL": database_url(connection.settings_dict),
        "CELERY_BROKER_URL": unreachable_broker,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "EMAIL_URL": "dummymail://",
        "LOG_LEVEL": "ERROR",
    }
    env.pop("REDIS_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "tests.notices.broker_down_probe", str(occasion.pk)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["seconds"] < MOST_SECONDS, outcome

    confirmation = Notice.objects.get(key=f"signup:{outcome['signup']}:confirmed")
    assert confirmation.status == Notice.Status.PENDING
    # The minutely sweep (here called directly) finds the row and sends it.
    assert notices_send(due_notice_ids()) == 1
    confirmation.refresh_from_db()
    assert confirmation.status == Notice.Status.SENT
    assert [mail.to for mail in mailoutbox] == [["ida@example.org"]]
