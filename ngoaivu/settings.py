"""Settings for Ngoại vụ. Everything that differs between machines comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy, pgettext_lazy

from ngoaivu import environment as env

BASE_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(os.environ.get("NGOAIVU_VAR_DIR", BASE_DIR.parent / "var"))
# The database, the secret key and the uploads: a folder only the application's user may enter.
env.private_dir(VAR_DIR)

DEBUG = env.flag("DEBUG")
ALLOWED_HOSTS = env.names("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
try:
    env.check_debug(DEBUG, ALLOWED_HOSTS)
except env.SettingsError as error:
    raise ImproperlyConfigured(str(error)) from None
SECRET_KEY = env.secret_key(VAR_DIR)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "ngoaivu.accounts.apps.SessionsConfig",  # django.contrib.sessions, named in Vietnamese
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "django_countries",
    "django_filters",
    "django_tasks",
    "ngoaivu.core.apps.TaskQueueConfig",  # django_tasks_db, named in Vietnamese
    "import_export",
    "simple_history",
    "ngoaivu.core",
    "ngoaivu.register",
    "ngoaivu.reporting",
    "ngoaivu.collection",
    "ngoaivu.procedures",
    "ngoaivu.dashboard",
    "ngoaivu.accounts.apps.AccountsConfig",
    "rest_framework",
    "rest_framework.authtoken",  # by this name: DRF makes its Token model abstract without it
    "drf_spectacular",
    "ngoaivu.api",
    "ngoaivu.demo",
    "csp",
    "ngoaivu.accounts.apps.AxesConfig",  # axes, named in Vietnamese
    "ngoaivu.accounts.apps.OtpConfig",  # django_otp, named in Vietnamese
    "ngoaivu.accounts.apps.TotpConfig",  # django_otp.plugins.otp_totp, named in Vietnamese
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "ngoaivu.core.composed.ComposedInput",  # forms see text as it is stored (NFC)
    "ngoaivu.api.errors.JsonErrors",  # under /api/, every error page becomes JSON
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "ngoaivu.accounts.language.InterfaceLanguage",  # Vietnamese unless the user chose English
    "ngoaivu.procedures.public_long_address.PublicLongAddressPage",  # …on the public pages, in their language
    "ngoaivu.core.long_address.LongAddressPage",  # an address too long: a page, not gunicorn's 414
    "django_otp.middleware.OTPMiddleware",
    "ngoaivu.accounts.middleware.RequireSecondFactor",
    "django.contrib.messages.middleware.MessageMiddleware",
    "ngoaivu.core.method_not_allowed.MethodNotAllowedPage",  # a page, not an empty 405
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it answers a locked-out sign-in before the view runs.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ngoaivu.urls"
WSGI_APPLICATION = "ngoaivu.wsgi.application"

# Widgets render with the site's templates, so a project widget template is found like any other.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

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
                "ngoaivu.register.context_processors.navigation",
                "ngoaivu.procedures.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {"default": dj_database_url.config(default=f"sqlite:///{VAR_DIR / 'ngoaivu.sqlite3'}", conn_max_age=60)}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Several readers and one writer: a write transaction takes the lock when it begins
    # (IMMEDIATE) and waits up to 20 s for it, instead of failing with "database is locked".
    # WAL: readers, a backup among them, never block the writer, and the writer never blocks them.
    # factory: the database file (and so its -wal and -shm) is created with mode 600, not world-readable.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL;",
            "factory": env.PrivateSQLiteConnection,
        }
    )
    # Tests too use a file, so that threads see the same database and wait for its lock.
    # One file per process, so two test runs in the same checkout never share one.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "core.User"
CSRF_FAILURE_VIEW = "ngoaivu.core.views.csrf_failure"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"

# New passwords in Argon2id; a password kept in PBKDF2 is still accepted and stored anew in
# Argon2id when its owner next signs in.
PASSWORD_HASHERS = [
    "ngoaivu.accounts.hashers.Argon2idHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "ngoaivu.accounts.validators.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "ngoaivu.accounts.validators.LettersAndDigitsValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a name and address locked out after failed sign-ins
    "django.contrib.auth.backends.ModelBackend",
]
# Five failed sign-ins for one name from one address lock that pair out for 15 minutes.
AXES_FAILURE_LIMIT = env.number("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env.number("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# A try during the lock-out does not start the 15 minutes again: else whoever knows a name could keep its
# owner out by trying now and then from the office's shared address, and the owner's own retries would too.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "ngoaivu.accounts.views.locked_out"
# The address is the connection's, unless TRUSTED_PROXIES proxies in front (nginx: 1) say whom they
# forward: then the entry of X-Forwarded-For that the outermost of them wrote (ngoaivu/core/addresses.py).
TRUSTED_PROXIES = env.number("TRUSTED_PROXIES", 0)
AXES_CLIENT_IP_CALLABLE = "ngoaivu.core.addresses.client_address"
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Ngoại vụ")

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Django's own "vi" formats have no thousands grouping; ours give 108.373 and 7,037.
FORMAT_MODULE_PATH = ["ngoaivu.formats"]
USE_THOUSAND_SEPARATOR = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
# The browser libraries of package-lock.json, installed by ./run and ./test (npm ci), served under
# static/vendor/. Without them the pages still work: the charts' tables show, dates are typed
# dd/mm/yyyy in plain boxes and the lists are plain selects.
NODE_MODULES = BASE_DIR.parent / "node_modules"
for _prefix, _folder in [
    ("vendor/chartjs", "chart.js/dist"),
    ("vendor/flatpickr", "flatpickr/dist"),
    ("vendor/tom-select", "tom-select/dist"),
]:
    if (NODE_MODULES / _folder).is_dir():
        STATICFILES_DIRS.append((_prefix, NODE_MODULES / _folder))
# Where uploaded and issued files are kept. "database" (the default): in the database, so that every
# application server reads what another wrote; "s3": S3-compatible object storage (django-storages,
# `pip install .[s3]`; S3_BUCKET, S3_ENDPOINT_URL, S3_ACCESS_KEY, S3_SECRET_KEY, S3_REGION); "local":
# var/uploads on this server's own disk, for a single server.
FILE_STORAGE = os.environ.get("FILE_STORAGE", "database")
_FILE_STORAGES = {
    "database": {"BACKEND": "ngoaivu.core.stored_files.DatabaseStorage"},
    "local": {"BACKEND": "ngoaivu.core.uploads.PrivateStorage"},
    "s3": {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ.get("S3_BUCKET", ""),
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "access_key": os.environ.get("S3_ACCESS_KEY") or None,
            "secret_key": os.environ.get("S3_SECRET_KEY") or None,
            "region_name": os.environ.get("S3_REGION") or None,
            "default_acl": "private",
            "file_overwrite": False,
        },
    },
}
if FILE_STORAGE not in _FILE_STORAGES:
    raise ImproperlyConfigured(f"FILE_STORAGE phải là một trong: {', '.join(_FILE_STORAGES)}.")
if FILE_STORAGE == "s3":
    env.require_extra("FILE_STORAGE=s3", "storages", "s3")
STORAGES = {
    "default": _FILE_STORAGES[FILE_STORAGE],
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_ROOT = VAR_DIR / "uploads"
# Uploaded files readable by their owner only, in folders only the owner may enter.
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700

# Imports larger than this are refused with a message before they are read.
MAX_UPLOAD_SIZE = int(os.environ.get("MAX_UPLOAD_SIZE", 5 * 1024 * 1024))
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_SIZE
FILE_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_SIZE

IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = True

# Names in official use where the ISO list's Vietnamese differs.
# Official short names where the library's Vietnamese differs, and where it gives two countries
# one name (Iceland and Ireland both "Ai-len", Jersey "Áo" like Austria, Niger "Nigeria").
COUNTRIES_OVERRIDE = {
    "US": gettext_lazy("Hoa Kỳ"),
    "KP": gettext_lazy("Triều Tiên"),
    "IS": gettext_lazy("Ai-xơ-len"),
    "JE": pgettext_lazy("quốc gia", "Jersey"),  # a context: the library's own catalogue turns "Jersey" into "Áo"
    "NE": gettext_lazy("Ni-giê"),
    # The library's Vietnamese translates these names word by word ("Đoàn tụ" for Réunion).
    "SZ": pgettext_lazy("quốc gia", "Eswatini"),
    "RE": pgettext_lazy("quốc gia", "Réunion"),
    "PS": pgettext_lazy("quốc gia", "Palestine"),
    "BL": pgettext_lazy("quốc gia", "Saint Barthélemy"),
    "LC": pgettext_lazy("quốc gia", "Saint Lucia"),
    "SH": pgettext_lazy("quốc gia", "Saint Helena, Ascension và Tristan da Cunha"),
}
COUNTRIES_FIRST = ["LA", "CN", "JP", "KR", "US", "RU", "TH", "TW"]
COUNTRIES_FIRST_REPEAT = False

# Where the public pages of the translated procedures live: QR codes point there.
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
# The office the sign-in page names, and its emblem (an image's address: /static/… or https://…).
OFFICE_NAME = os.environ.get("OFFICE_NAME", "")
OFFICE_EMBLEM_URL = os.environ.get("OFFICE_EMBLEM_URL", "")

# E-mail (the reminders): SMTP when EMAIL_HOST is set, else printed on the console.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND") or (
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env.number("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env.flag("EMAIL_USE_TLS", EMAIL_PORT == 587)
EMAIL_USE_SSL = env.flag("EMAIL_USE_SSL", EMAIL_PORT == 465)
DEFAULT_FROM_EMAIL = SERVER_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ngoaivu@localhost")

# Behind TLS (NGOAIVU_HTTPS=1, nginx in front): cookies only over HTTPS, HSTS, and every
# http:// request redirected. Off by default, so that ./run works on http://127.0.0.1.
HTTPS = env.flag("NGOAIVU_HTTPS")
SECURE_SSL_REDIRECT = SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.number("SECURE_HSTS_SECONDS", 365 * 24 * 3600)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env.flag("SECURE_HSTS_PRELOAD", True)
CSRF_TRUSTED_ORIGINS = env.names("CSRF_TRUSTED_ORIGINS")
# Scripts, styles, images and requests from this site only: no inline script, no other origin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
SESSION_COOKIE_HTTPONLY = True
# Sessions are kept in the database (Django's default engine), so any application server serves any
# signed-in user. The cache (the home page's counts) is this process's memory, or Redis when
# CACHE_URL=redis://… is set (`pip install .[redis]`), so that every server sees the same counts.
CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL:
    env.require_extra("CACHE_URL", "redis", "redis")
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}}
# A session ends after SESSION_IDLE_MINUTES without a request, and when the browser closes.
SESSION_COOKIE_AGE = env.number("SESSION_IDLE_MINUTES", 120) * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"client_errors": {"()": "ngoaivu.core.log_filters.ClientErrorsWithoutTraceback"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["client_errors"]}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    # The console of `ngoaivu serve` keeps what needs someone's action. A refused request (404, 403, a stale
    # form) is already a line of gunicorn's access log: Django's English «Not Found: /favicon.ico» beside it
    # is noise, and so are django-axes' lines on each failed sign-in (its records are in the admin; a lock-out
    # is one Vietnamese line of ngoaivu.accounts.lockouts). A fault (500) is still logged with its traceback.
    # An untrusted chain is a finding shown on the page, not a traceback in the log; font subsetting notes
    # are noise.
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django.security.csrf": {"level": "ERROR"},
        "axes": {"level": "ERROR"},
        "pyhanko": {"level": "CRITICAL"},
        "pyhanko_certvalidator": {"level": "CRITICAL"},
        "fontTools": {"level": "ERROR"},
    },
}

# Long work (rendering PDFs, signing, reading uploads, reminders) runs as background tasks:
# on the database by default, so that one office needs no other server (`ngoaivu worker` runs
# them; `ngoaivu serve` starts one), on Redis with TASKS_BACKEND=rq and REDIS_URL, or in the
# request itself with TASKS_BACKEND=immediate.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "dummy": "django_tasks.backends.dummy.DummyBackend",
}
if TASKS_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASKS_BACKEND phải là một trong: {', '.join(_TASK_BACKENDS)}.")
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASKS_BACKEND], "QUEUES": ["default"]}}
if TASKS_BACKEND == "rq":
    INSTALLED_APPS.append("django_rq")  # the Redis queue's app (pip install ".[redis]")
    RQ_QUEUES = {"default": {"URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")}}

# Signing: a timestamp server (RFC 3161) makes signatures PAdES B-T; the trust roots are the
# TrustRoot rows plus the certificates in this folder (the national roots the office installs).
SIGNING_TIMESTAMP_URL = os.environ.get("SIGNING_TIMESTAMP_URL", "")
SIGNING_TRUST_DIR = os.environ.get("SIGNING_TRUST_DIR", str(VAR_DIR / "trust"))

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: an unauthenticated request then gets 401 with a WWW-Authenticate header.
        "ngoaivu.api.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # JSON only: DRF's browsable pages are in English, and /api/docs/ lists the endpoints.
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # DRF's three, its JSON one replaced: a body nested too deep is a 400 (api/parsers.py), not a 500.
    "DEFAULT_PARSER_CLASSES": [
        "ngoaivu.api.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    # An unknown ?format= is a 406, not DRF's 404.
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "ngoaivu.api.negotiation.Negotiation",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "ngoaivu.api.errors.exception_handler",
    "DEFAULT_METADATA_CLASS": "ngoaivu.api.metadata.VietnameseMetadata",
}
# An API token works this many days after it is made (and until its user's password changes).
API_TOKEN_DAYS = env.number("API_TOKEN_DAYS", 90)

SPECTACULAR_SETTINGS = {
    "TITLE": "Ngoại vụ API",
    "DESCRIPTION": "Sổ theo dõi công tác ngoại vụ của tỉnh.",
    "VERSION": "0.2.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Every country field, single or multiple, shares one enum; so does the status of planned work
    # (register ActivityStatus); a submission's status has its own name.
    "ENUM_NAME_OVERRIDES": {
        "CountryEnum": "ngoaivu.core.countries.choices",
        "ActivityStatusEnum": "ngoaivu.register.models.base.ActivityStatus",
        "SubmissionStatusEnum": "ngoaivu.collection.models.Submission.Status",
    },
}
