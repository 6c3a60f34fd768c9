"""Bloei settings: one module, configured from the environment.

Every variable is documented in docs/configuration.md (name, default, meaning).
The defaults give a working development set-up on SQLite; production sets
DEBUG=False, SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str) -> bool:
    value = os.getenv(name, default).strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, got {value!r}")


def envint(name: str, default: int) -> int:
    value = os.getenv(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {value!r}") from exc


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


def envsecret(name: str, default: str | None = None) -> str | None:
    """A secret from NAME, or from the file named by NAME_FILE."""
    path = os.getenv(f"{name}_FILE")
    if path:
        return Path(path).read_text().strip()
    return os.getenv(name, default)


DEBUG = envbool("DEBUG", "false")
SECRET_KEY = envsecret("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY (or SECRET_KEY_FILE) must be set when DEBUG is false")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105 (DEBUG only)

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")
SITE_NAME = os.getenv("SITE_NAME", "Bloei")

INSTALLED_APPS = [
    "bloei.core.apps.BloeiAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "django_htmx",
    "axes",
    "bloei.core",
    "bloei.accounts",
    "bloei.geo",
    "bloei.people",
    "bloei.places",
    "bloei.matching",
    "bloei.community",
    "bloei.trainings",
    "bloei.outreach",
    "bloei.plans",
    "bloei.workload",
    "bloei.referrals",
    "bloei.monitoring",
    "bloei.imports",
    "bloei.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "bloei.core.middleware.DutchFirstMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "bloei.urls"
WSGI_APPLICATION = "bloei.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "bloei" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "bloei.core.context_processors.navigation",
            ],
        },
    },
]
FORM_RENDERER = "bloei.core.forms.BloeiFormRenderer"

# Database: SQLite file by default (WAL, immediate transactions), PostgreSQL in production.
DATABASE_URL = os.getenv("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'bloei.sqlite3'}")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=envint("DB_CONN_MAX_AGE", 60))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "accounts:login"

# Login throttling (BIO): lock an account for 15 minutes after 5 failed attempts.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = envint("AXES_COOLOFF_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
AXES_SENSITIVE_PARAMETERS = ["password"]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "bloei" / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.getenv("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "bloei" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if envbool("STATIC_MANIFEST", "false" if DEBUG else "true")
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
IMPORT_MAX_UPLOAD_MB = envint("IMPORT_MAX_UPLOAD_MB", 20)
IMPORT_MAX_ROWS = envint("IMPORT_MAX_ROWS", 10000)

# E-mail
EMAIL_BACKEND = os.getenv(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.getenv("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.getenv("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = envsecret("EMAIL_HOST_PASSWORD", "") or ""
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", "false")
DEFAULT_FROM_EMAIL = os.getenv("DEFAULT_FROM_EMAIL", "bloei@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security. Production runs behind a TLS-terminating proxy.
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "false" if DEBUG else "true")
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = envint("SESSION_COOKIE_AGE", 8 * 60 * 60)
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", "false")
if envbool("USE_X_FORWARDED_PROTO", "false"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SILENCED_SYSTEM_CHECKS = [
    # Lockout is per account (BIO): rotating user agents cannot bypass a username-based lock.
    "axes.W006",
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
]

# Logging: event names and ids only, never personal data (see docs/privacy.md).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "INFO")},
    "loggers": {
        # Request logs carry URLs; Bloei URLs hold ids, never names.
        "django.request": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}

# Bloei domain settings.
# Follow-up moments after a match becomes active, in days (6 weeks, 3 and 6 months).
BLOEI_FOLLOW_UP_DAYS = [int(d) for d in envlist("BLOEI_FOLLOW_UP_DAYS", "42,91,182")]
# A match is durable when it is still active this many days after it started.
BLOEI_DURABLE_AFTER_DAYS = envint("BLOEI_DURABLE_AFTER_DAYS", 91)
# Days from the last meeting of a training edition to its participants' one-year follow-up.
BLOEI_TRAINING_FOLLOW_UP_DAYS = envint("BLOEI_TRAINING_FOLLOW_UP_DAYS", 365)
# Participation ladder per training edition (docs/participation-ladder.md): an intake assessment up to this
# many days after the first meeting counts as the start; one up to this many days after the last meeting
# as the end; the one-year moment is "last meeting + 365 days" plus or minus the window.
BLOEI_LADDER_START_GRACE_DAYS = envint("BLOEI_LADDER_START_GRACE_DAYS", 14)
BLOEI_LADDER_END_GRACE_DAYS = envint("BLOEI_LADDER_END_GRACE_DAYS", 30)
BLOEI_LADDER_YEAR_WINDOW_DAYS = envint("BLOEI_LADDER_YEAR_WINDOW_DAYS", 60)
# "Een grens stellen": an open trajectory this many days old without an active connection is listed for the team.
BLOEI_BOUNDARY_AFTER_DAYS = envint("BLOEI_BOUNDARY_AFTER_DAYS", 365)
# Extra days off (ISO dates, comma-separated) on top of the Dutch public holidays, for the two-working-day
# deadline of crisis signals.
BLOEI_HOLIDAYS = envlist("BLOEI_HOLIDAYS", "")
# Disclosure control of figures for the municipality (bloei/monitoring/disclosure.py): counts from 1 up to
# the threshold are hidden, counts per wijk and buurt rounded to a multiple of the rounding, shares only on
# a base of at least the minimum base.
BLOEI_DISCLOSURE_THRESHOLD = envint("BLOEI_DISCLOSURE_THRESHOLD", 10)
BLOEI_DISCLOSURE_ROUNDING = envint("BLOEI_DISCLOSURE_ROUNDING", 5)
BLOEI_DISCLOSURE_MIN_BASE = envint("BLOEI_DISCLOSURE_MIN_BASE", 50)
# Page size of lists and search results.
BLOEI_PAGE_SIZE = envint("BLOEI_PAGE_SIZE", 25)
