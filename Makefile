# The two commands a newcomer needs: `make run` and `make test`. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_ENV := DEBUG=true
# Without DATABASE_URL / REDIS_URL, commands get the private PostgreSQL and Redis servers under
# var/ (scripts/local_servers.py: started on first use, then reused, stopped by `make clean`).
WITH_DB := $(BIN)/python scripts/local_servers.py run --
# One pytest worker per core (at most 4): each has its own test database and Redis pair. Tests
# marked xdist_group("threads") (the 50-thread races) run one after another on one worker.
PARALLEL := --numprocesses=auto --maxprocesses=4 --dist loadgroup

.PHONY: run serve editor member superuser test test-fast install lint format check migrations-check messages scan bench bench-reminders bench-risk clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# Serve the portal with demo content on http://127.0.0.1:8000, with a Celery worker and beat
# beside it (folder broker unless REDIS_URL is set). Ctrl-C stops both; the database server
# stays up for the next run.
run: install
	mkdir -p var/celery/queue var/celery/processed var/celery/control
	@$(WITH_DB) $(MAKE) --no-print-directory serve

# The second half of `run`, once DATABASE_URL is set: both processes share that one database.
serve:
	$(DEV_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEV_ENV) $(BIN)/python manage.py load_demo
	@echo "Portal: http://127.0.0.1:8000  ·  editing: http://127.0.0.1:8000/admin/ (make editor)"
	@$(DEV_ENV) $(BIN)/celery -A dig_portal worker --beat --loglevel=INFO --concurrency=1 \
		--schedule=var/celery/beat-schedule & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(DEV_ENV) $(BIN)/python manage.py runserver 127.0.0.1:8000

# A secretariat editor for the admin (role "editor", not a superuser), e-mail already verified.
editor: install
	@read -p "E-mail: " email; $(DEV_ENV) $(WITH_DB) $(BIN)/python manage.py create_staff_user --role editor --email "$$email"

# A demo alliance member for /medlemmer/ with a TOTP second factor (the secret is printed).
member: install
	@$(DEV_ENV) $(WITH_DB) $(BIN)/python manage.py demo_member

# The system owner's account: every permission. Not for day-to-day editing.
superuser: install
	@read -p "E-mail: " email; $(DEV_ENV) $(WITH_DB) $(BIN)/python manage.py create_staff_user --superuser --email "$$email"

# The browser tests need a Chromium: scripts/chromium.sh finds or installs one first.
test: install
	@bash scripts/chromium.sh
	$(WITH_DB) $(BIN)/pytest $(PARALLEL)

# Everything but the real-browser tests, for a quick round while editing.
test-fast: install
	$(WITH_DB) $(BIN)/pytest $(PARALLEL) -m "not browser"

# wapiti against the running portal (public pages, then logged in as staff); fails on any
# finding of medium severity or worse. Needs PostgreSQL, Redis and Debian's wapiti.
scan: install
	bash scripts/scan.sh

# wrk against gunicorn + PostgreSQL + Redis with hundreds of items; prints each page's
# throughput next to the trivial /healthz view. Needs Debian's wrk.
bench: install
	bash scripts/bench.sh

# 10,000 reminders due at once, sent by a real Celery worker (prefork, concurrency 2) through
# Redis into an SMTP server on loopback; fails unless each arrives exactly once within 30 s.
bench-reminders: install
	$(WITH_DB) $(BIN)/python scripts/bench_reminders.py

# How fast the young voices' risk list reads 10,000 postcards; fails above 2 s of processor time.
bench-risk: install
	$(DEV_ENV) $(WITH_DB) $(BIN)/python manage.py migrate --noinput
	$(DEV_ENV) $(WITH_DB) $(BIN)/python manage.py voices_risk_bench

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install
	$(DEV_ENV) $(WITH_DB) $(BIN)/python manage.py check

migrations-check: install
	$(DEV_ENV) $(WITH_DB) $(BIN)/python manage.py makemigrations --check --dry-run

# Rebuild the English translation catalogue after changing UI texts (needs GNU gettext).
messages: install
	cd $(CURDIR) && $(DEV_ENV) $(WITH_DB) $(BIN)/python manage.py makemessages -l en --ignore=.venv --no-obsolete
	$(DEV_ENV) $(WITH_DB) $(BIN)/python manage.py compilemessages -l en --ignore=.venv

# Stops the private servers first: their data goes with var/.
clean:
	@if [ -x $(BIN)/python ]; then $(BIN)/python scripts/local_servers.py stop; \
	elif [ -f var/postgres/postmaster.pid ]; then kill -INT "$$(head -n 1 var/postgres/postmaster.pid)" 2>/dev/null || true; fi
	rm -rf $(VENV) var staticfiles .pytest_cache
