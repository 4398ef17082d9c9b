"""Run by tests/notices/test_broker_down.py in a process of its own, with the production
settings and a broker that cannot be reached: one sign-up through the service, as a web request
makes it. Prints how long it took, as JSON; the test reads the rest from the database."""

import json
import sys
import time


def main() -> int:
    import django

    django.setup()
    from signups.services import signup_create

    started = time.monotonic()
    signup = signup_create(occasion_id=int(sys.argv[1]), name="Ida", email="ida@example.org")
    print(json.dumps({"signup": signup.pk, "seconds": time.monotonic() - started}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
