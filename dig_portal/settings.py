"""Settings for the +DIG portal, read from the environment.

Every value a deployment may change comes from an environment variable (or a `.env` file in
development); `.env.example` lists them all. Development defaults are safe to run on a laptop:
e-mail printed to the console, and `make run` and `make test` provide private PostgreSQL and
Redis servers when DATABASE_URL / REDIS_URL are unset. With `DEBUG` off the settings refuse to
start without real production values, all checked in one place (`_production_problems`).
"""

from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import environ
from django.core.exceptions import ImproperlyConfigured
from django.http.request import split_domain_port, validate_host
from django.utils.translation import gettext_lazy as _

from core.schedule import beat_schedule

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DEBUG", default=False)

# --- Secrets, hosts and the portal's address ------------------------------------------------
# Production has no defaults here; `_production_problems()` below checks every value production
# needs, in one place, and the settings refuse to load with a list of what is wrong.
INSECURE_KEY_PREFIX = "django-insecure-"
SECRET_KEY = env(
    "SECRET_KEY", default=INSECURE_KEY_PREFIX + "development-only-key-not-secret" if DEBUG else ""
)
ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
# The portal's public address. Links in e-mails, the sitemap and robots.txt are built from it,
# never from the request's Host header (core/site.py, core.middleware.SiteURLMiddleware).
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000" if DEBUG else "").rstrip("/")
# allauth puts this scheme on the links it builds even without a request.
ACCOUNT_DEFAULT_HTTP_PROTOCOL = urlsplit(SITE_URL).scheme or "http"


def _production_problems() -> list[str]:
    """What production (DEBUG off) is missing or has insecure; empty when all is well."""
    problems = []
    if (
        SECRET_KEY.startswith(INSECURE_KEY_PREFIX)
        or len(set(SECRET_KEY)) < 5
        or len(SECRET_KEY) < 50
    ):
        problems.append("SECRET_KEY must be a long random value (at least 50 characters).")
    if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
        problems.append("ALLOWED_HOSTS must name the portal's host names (no '*').")
    site = urlsplit(SITE_URL)
    site_host, _port = split_domain_port(site.netloc)
    if site.scheme not in {"http", "https"} or not site_host or site.path or site.query:
        problems.append("SITE_URL must be the portal's address, e.g. https://plusdig.lejre.dk.")
    elif not validate_host(site_host, ALLOWED_HOSTS):
        problems.append(f"SITE_URL's host {site_host} must be one of ALLOWED_HOSTS.")
    elif site.scheme != "https" and env.bool("SECURE_SSL_REDIRECT", default=True):
        problems.append("SITE_URL must start with https:// while SECURE_SSL_REDIRECT is on.")
    if not env("EMAIL_URL", default=""):
        problems.append("EMAIL_URL must name the outgoing mail server.")
    if not env("DATABASE_URL", default=""):
        problems.append("DATABASE_URL must name the PostgreSQL database.")
    return problems


if not DEBUG and (_problems := _production_problems()):
    raise ImproperlyConfigured(
        "Production settings (DEBUG is off) are incomplete or insecure:\n"
        + "\n".join(f"- {problem}" for problem in _problems)
    )

CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# --- Applications ---------------------------------------------------------------------------
INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch its forms.
    "modeltranslation",
    "core.admin_config.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    # The Site row names the portal for the sitemap and allauth's e-mails (core/site.py).
    "django.contrib.sites",
    "django.contrib.postgres",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "accounts.auditlog_config.PortalAuditlogConfig",
    "reversion",
    "django_celery_beat",
    "django_prose_editor",
    "core",
    "accounts",
    "tracks",
    "initiatives",
    "alliance",
    "pages",
    "notices",
    "signups",
    "volunteers",
    "institutions",
    "members",
    "voices",
    "measurement",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.SiteURLMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "core.middleware.AdminImportMapCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "core.middleware.RejectNulCharactersMiddleware",
    "core.cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.middleware.RequestBodyLimitMiddleware",  # above CSRF: nothing reads a body first
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Records who made each change to people, roles and invitations.
    "auditlog.middleware.AuditlogMiddleware",
]

ROOT_URLCONF = "dig_portal.urls"
WSGI_APPLICATION = "dig_portal.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
SITE_NAME = "+DIG"
SITE_ID = 1
# The accessibility statement published with the national WAS tool; the footer links it.
ACCESSIBILITY_STATEMENT_URL = env("ACCESSIBILITY_STATEMENT_URL", default="")

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.site",
                "pages.context_processors.footer",
            ],
        },
    },
]

# --- Database and cache ---------------------------------------------------------------------
# PostgreSQL only, everywhere: full-text search and row locks have no second code path.
if not env("DATABASE_URL", default=""):
    raise ImproperlyConfigured(
        "DATABASE_URL is not set. Use `make run` or `make test`, which start a private PostgreSQL "
        "server under var/postgres, or set DATABASE_URL=postgres://user:password@host:5432/dig."
    )
DATABASES = {"default": env.db("DATABASE_URL")}
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured("DATABASE_URL must point at PostgreSQL (postgres://…).")
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis: the Celery broker and the cache, kept apart. REDIS_URL names the server; the broker
# uses its database (0 unless the URL says otherwise) and the cache the next one. Clearing the
# cache is a FLUSHDB of the cache's database (the test suite does it between tests), which must
# never drop a queued job. CELERY_BROKER_URL and REDIS_CACHE_URL name either explicitly instead.


def _redis_database(url: str) -> int:
    parts = urlsplit(url)
    number = dict(parse_qsl(parts.query)).get("db") or parts.path.strip("/") or "0"
    if not number.isdigit():
        raise ImproperlyConfigured(f"A Redis URL's database must be a number: {url}")
    return int(number)


def _with_redis_database(url: str, offset: int) -> str:
    """`url` with its database number moved on by `offset`: redis://h:6379/0 -> /1."""
    parts = urlsplit(url)
    number = _redis_database(url) + offset
    if parts.scheme == "unix":
        query = urlencode({**dict(parse_qsl(parts.query)), "db": number})
        return f"{url.partition('?')[0]}?{query}"  # urlunsplit would drop the empty host's "//"
    return urlunsplit(parts._replace(path=f"/{number}"))


def _redis_address(url: str) -> tuple:
    parts = urlsplit(url)
    return (parts.hostname, parts.port or 6379, parts.path if parts.scheme == "unix" else "")


REDIS_URL = env("REDIS_URL", default="")
CELERY_BROKER_URL = env(
    "CELERY_BROKER_URL",
    # Without Redis the worker and the web process share a folder-based broker, so scheduled
    # jobs run on a laptop with nothing installed. `make run` creates the folders.
    default=_with_redis_database(REDIS_URL, 0) if REDIS_URL else "filesystem://",
)
REDIS_CACHE_URL = env(
    "REDIS_CACHE_URL", default=_with_redis_database(REDIS_URL, 1) if REDIS_URL else ""
)
_REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
if (
    REDIS_CACHE_URL
    and CELERY_BROKER_URL.startswith(_REDIS_SCHEMES)
    and _redis_address(CELERY_BROKER_URL) == _redis_address(REDIS_CACHE_URL)
    and _redis_database(CELERY_BROKER_URL) == _redis_database(REDIS_CACHE_URL)
):
    raise ImproperlyConfigured(
        "The cache and the Celery broker must use different Redis databases: clearing the "
        "cache would drop queued jobs. Set REDIS_CACHE_URL or CELERY_BROKER_URL apart."
    )

if REDIS_CACHE_URL:
    CACHES = {
        "default": {
            # RedisCache made to survive an outage: short timeouts, a per-process fallback.
            "BACKEND": "core.cache_backend.FailSafeRedisCache",
            "LOCATION": REDIS_CACHE_URL,
            "KEY_PREFIX": "dig",
            "OPTIONS": {
                "SOCKET_TIMEOUT": env.float("REDIS_CACHE_TIMEOUT", default=0.3),
                "RETRY_AFTER": env.float("REDIS_CACHE_RETRY_AFTER", default=5.0),
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous public pages are cached this long at most. It bounds how late an item scheduled
# for publishing appears on a cached page, since nothing is written when its time comes.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60)

# --- Celery ---------------------------------------------------------------------------------
if CELERY_BROKER_URL.startswith("filesystem://"):
    _broker_dir = BASE_DIR / "var" / "celery"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "processed_folder": str(_broker_dir / "processed"),
        "control_folder": str(_broker_dir / "control"),
        "store_processed": False,
    }
else:
    # A task is only taken off the queue once it has run, so a worker that dies mid-task
    # leaves it for the next one; the visibility timeout must outlast the longest task (a
    # short one only for the tests that kill a worker and watch the task come back).
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600),
        # Without these a Redis that accepts connections and never answers holds every
        # request that queues a task forever (tests/notices/test_broker_down.py). The read
        # timeout stays above kombu's 1-second BRPOP, so an idle worker never trips it.
        "socket_connect_timeout": 1,
        "socket_timeout": 2,
    }
    # How long a publish keeps trying to connect (4 s by default, retried within it); the worker
    # reconnects by its own rules. The sweep sends whatever could not be queued.
    CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = "Europe/Copenhagen"
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Each app declares its own periodic jobs in its schedule.py (core/schedule.py).
CELERY_BEAT_SCHEDULE = beat_schedule(INSTALLED_APPS)
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
# The queue tasks go to unless routed elsewhere, including those a task queues (the sweep's
# batches): a worker started on a queue of its own (tests, `make bench-reminders`) gets them all.
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", default="celery")
# Days after an occasion that anonymous sign-ups (event registrations) are erased.
SIGNUP_RETENTION_DAYS = env.int("SIGNUP_RETENTION_DAYS", default=30)
# Hours before an occasion that reminders go out (sessions, visits, events, meetings).
SIGNUP_REMINDER_HOURS = [int(hours) for hours in env.list("SIGNUP_REMINDER_HOURS", default=[48, 2])]

# --- Alliance members' area ----------------------------------------------------------------
# Share of current members who must attend for a meeting to be quorate.
ALLIANCE_QUORUM_SHARE = env.float("ALLIANCE_QUORUM_SHARE", default=0.5)
# Hours before a meeting that members who have not said no get a reminder.
ALLIANCE_MEETING_REMINDER_HOURS = env.int("ALLIANCE_MEETING_REMINDER_HOURS", default=48)
# Largest document or photo the secretariat may upload, in bytes.
ALLIANCE_UPLOAD_MAX_BYTES = env.int("ALLIANCE_UPLOAD_MAX_BYTES", default=20 * 1024 * 1024)

# --- Request bodies -------------------------------------------------------------------------
# The largest request body the portal reads (core.middleware.RequestBodyLimitMiddleware answers
# 413 above it, before anything is parsed): 2.5 MB, Django's own limit for a form's fields.
REQUEST_BODY_MAX_BYTES = env.int("REQUEST_BODY_MAX_BYTES", default=int(2.5 * 1024 * 1024))
DATA_UPLOAD_MAX_MEMORY_SIZE = REQUEST_BODY_MAX_BYTES
# Views that take files (the admin, a member's photo) take one upload and the form around it,
# from those allowed to upload there. The proxy's limits (deploy/Caddyfile) are these too.
UPLOAD_REQUEST_MAX_BYTES = ALLIANCE_UPLOAD_MAX_BYTES + 1024 * 1024

# --- Volunteers -----------------------------------------------------------------------------
# Days a link to confirm an application's e-mail (or a guardian's consent) works.
APPLICATION_LINK_DAYS = env.int("APPLICATION_LINK_DAYS", default=7)
# Days an application whose e-mail nobody confirmed is kept before it is deleted.
UNCONFIRMED_APPLICATION_DAYS = env.int("UNCONFIRMED_APPLICATION_DAYS", default=30)
# Days without a login or a sign-up after which a volunteer is anonymised (3 years).
VOLUNTEER_INACTIVE_DAYS = env.int("VOLUNTEER_INACTIVE_DAYS", default=3 * 365)
# Days a børneattest assessed without remarks counts as valid, and how many days before it
# runs out the coordinators are reminded to renew it.
ATTEST_RENEWAL_DAYS = env.int("ATTEST_RENEWAL_DAYS", default=730)
ATTEST_REMINDER_DAYS = env.int("ATTEST_REMINDER_DAYS", default=30)

# --- Accounts (django-allauth) --------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "+DIG: "
# Volunteers have no password: they log in with a code sent to their e-mail.
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
# Rate limits count per client address, read from the header the reverse proxy sets and from
# nothing else (X-Forwarded-For is ignored unless TRUSTED_PROXY_COUNT says how many proxies
# wrote it). Without a proxy header every visitor behind the proxy would share one address.
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env("CLIENT_IP_HEADER", default=None) or None
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
ACCOUNT_RATE_LIMITS = {
    # Per address, and per account *from that address* (accounts.adapter): a stranger cannot
    # lock an editor out. A second factor guards staff accounts beyond the password.
    "login_failed": "10/5m/ip,5/5m/key",
    # And per account from all addresses, for accounts without a second factor (the adapter).
    "login_failed_account": "100/h/key",
    "login": "30/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "5/h/ip,3/h/key",
    "reset_password_from_key": "20/m/ip",
    "request_login_code": "10/m/ip,3/m/key",
    # The portal's own forms (core.ratelimit).
    "invitation": "10/h/ip",
    "event_signup": "20/h/ip",
    "application": "10/h/ip",
    # Signed in, so counted per account (key "user:<id>"): each request e-mails coordinators.
    "booking": "20/h/key",
    # Per hashed address that is never stored (core.ratelimit, anonymous=True).
    "postcard": "30/m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
# The code step counts wrong codes per account and address, as the password step does.
MFA_FORMS = {
    "authenticate": "accounts.forms.AuthenticateForm",
    "reauthenticate": "accounts.forms.ReauthenticateForm",
}
MFA_TOTP_ISSUER = "+DIG"
MFA_PASSKEY_LOGIN_ENABLED = False
# Passkeys need HTTPS, except on the developer's own machine.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = DEBUG
AUDITLOG_DISABLE_REMOTE_ADDR = True  # who, what and when; not where from
CSRF_FAILURE_VIEW = "core.views.csrf_failure"
LOGIN_REDIRECT_URL = "/"
LOGIN_URL = "account_login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- E-mail ---------------------------------------------------------------------------------
# EMAIL_URL, e.g. smtp+tls://user:password@smtp.example.org:587, sets EMAIL_BACKEND, EMAIL_HOST,
# EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD and EMAIL_USE_TLS/SSL in one go.
# Production without it does not get this far (see `_production_problems()`).
globals().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="+DIG <noreply@localhost>")
# Replies to the portal's notices (reminders, confirmations) go here, e.g. the secretariat.
NOTICE_REPLY_TO = env.list("NOTICE_REPLY_TO", default=[])
# A notice whose sending keeps failing is tried again after 2, 4, 8 … minutes and marked failed
# after this many attempts (about eight hours in all with 9).
NOTICE_MAX_ATTEMPTS = env.int("NOTICE_MAX_ATTEMPTS", default=9)
# Hours within which a moderator must open a worrying postcard; after that the moderators are
# alerted again, and so is the secretariat's lead (voices).
VOICES_RISK_RESPONSE_HOURS = env.float("VOICES_RISK_RESPONSE_HOURS", default=4)
# The moderators' risk alerts are gathered: at most one e-mail per person in this many minutes.
VOICES_ALERT_MINUTES = env.int("VOICES_ALERT_MINUTES", default=10)
SERVER_EMAIL = env("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)

# --- Languages and time ---------------------------------------------------------------------
LANGUAGE_CODE = "da"
LANGUAGES = [("da", _("Dansk")), ("en", _("Engelsk"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
# Dates and numbers per language (dig_portal/formats/): "tirsdag 8. december 2026 kl. 19.00".
# USE_THOUSAND_SEPARATOR stays off: it would also group years and ids ("2.026"); amounts are
# grouped where they are shown, with `intcomma`, which follows the language ("6.000", "6,000").
FORMAT_MODULE_PATH = ["dig_portal.formats"]
TIME_ZONE = "Europe/Copenhagen"
USE_TZ = True
MODELTRANSLATION_DEFAULT_LANGUAGE = "da"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("da",)
# Editors read "Titel (dansk)" / "Titel (engelsk)", not modeltranslation's "titel [da]".
TRANSLATED_FIELD_LANGUAGE_NAMES = {"da": _("dansk"), "en": _("engelsk")}


def MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME(verbose_name, lang):  # noqa: N802
    return f"{verbose_name} ({TRANSLATED_FIELD_LANGUAGE_NAMES.get(lang, lang)})"


# --- Static and media files -----------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# The alliance members' documents and photos: outside MEDIA_ROOT, served only by a view that
# checks membership on every request (members/views.py).
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "var" / "private")
# In development whitenoise serves straight from the app and project folders.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- Security headers -----------------------------------------------------------------------
# No inline script or style anywhere, so the policy can stay this strict.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
PERMISSIONS_POLICY = {
    "camera": [],
    "geolocation": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "interest-cohort": [],
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_ENGINE = "core.sessions"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True

if not DEBUG:
    # TLS ends at the reverse proxy, which tells us the original scheme.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    # The container's health check talks plain HTTP to the app server, past the proxy.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# --- Logging --------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
}
