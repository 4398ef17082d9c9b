# The production image: one image for web, worker and beat (see docker-compose.yml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

RUN groupadd --system dig && useradd --system --gid dig --home /app dig

COPY pyproject.toml ./
RUN pip install --upgrade pip && pip install .
COPY . .
# collectstatic needs settings that start (it never connects to the database); these values
# exist only for this build step.
RUN DEBUG=false SECRET_KEY=build-only-$(python -c "import secrets; print(secrets.token_hex(32))") \
    ALLOWED_HOSTS=build SITE_URL=https://build EMAIL_URL=consolemail:// \
    DATABASE_URL=postgres://build@localhost/build python manage.py collectstatic --noinput \
    && chown -R dig:dig /app \
    && mkdir -p /srv/dig/media /srv/dig/private && chown dig:dig /srv/dig/media /srv/dig/private

USER dig
EXPOSE 8000
CMD ["gunicorn", "dig_portal.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
