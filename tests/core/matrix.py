"""The expected permission matrix: what every URL of the project answers to every demo role.

Read by tests/core/test_permission_matrix.py, which walks the URL resolver and fails on any
pattern that has neither a row here nor a rule in COVERED_BY_RULE.

A row is one URL name (or, for a pattern without a name, its route), with the outcome per
role for each method checked. Outcomes are written per role group:

    {"anonymous": LOGIN, "reporter": {"own": OK, "other": HIDDEN}, "leader,viewer": FORBIDDEN, "*": OK}

A key is a demo username (vanphong), a role (admin, officer, leader, reporter, viewer),
"anonymous", several of those joined by commas, or "*" (everyone else, anonymous included);
the most specific key wins (username, then role, then "*"). A value is an outcome, or
{"own": …, "other": …} when the URL holds an object: "own" is an object of the user's unit,
"other" one of another unit (OTHER_UNIT). Anonymous visitors look from the Văn phòng (VP).

Only GETs are sent to pages. A "post" (or "patch", "delete") entry lists the writes a role may
not do: they are sent, and must be refused and change nothing. The writes a role may do are
written ALLOWED and are not sent, so that the test stays read-only.
"""

from dataclasses import dataclass, field

from django.templatetags.static import static

from ngoaivu.register.area_registry import AREAS

# --- Outcomes -------------------------------------------------------------------------------
OK = "ok"  # 200, or a 302 that is the page's normal flow (Row.flow)
LOGIN = "login"  # 302 to /dang-nhap/?next=<the URL>
ADMIN_LOGIN = "admin_login"  # 302 to the admin's sign-in, /quan-tri/login/?next=<URL> (from its logout: /quan-tri/)
FORBIDDEN = "forbidden"  # 403
HIDDEN = "hidden"  # 404: for a unit reporter, another unit's object does not exist
NOT_ALLOWED = "not_allowed"  # 405: a GET on a POST-only view, a write on a read-only API endpoint
UNAUTHORIZED = "unauthorized"  # 401 with WWW-Authenticate: Token — the API without credentials
ALLOWED = "allowed"  # a write the role may do: declared, never sent

# --- Who ------------------------------------------------------------------------------------
# The demo logins (ngoaivu/demo/users.py) with their roles, and the anonymous visitor.
USERS = {
    "anonymous": "anonymous",
    "admin": "admin",
    "chuyenvien": "officer",
    "lanhdao": "leader",
    "chanhvanphong": "leader",
    "vanphong": "reporter",
    "daihoc": "reporter",
    "xem": "viewer",
}
ROLES = {"anonymous", "admin", "officer", "leader", "reporter", "viewer"}

# The unit whose objects are "other" for a user of the key's unit.
# Not SNgV for VP: the office took over the Sở's duties in 2025 and reads its rows
# (tests/demo/test_demo_reorganization.py checks that it reads them and edits none).
OTHER_UNIT = {"SNgV": "DHPVD", "VP": "DHPVD", "DHPVD": "VP"}
ANONYMOUS_UNIT = "VP"

# --- Path parameters ------------------------------------------------------------------------


@dataclass(frozen=True)
class Obj:
    """A path parameter filled with an object of a unit, own or other (test_permission_matrix.build_world)."""

    kind: str
    attr: str = "pk"


@dataclass(frozen=True)
class Val:
    """A path parameter filled with a value that belongs to no unit (a public procedure's code…)."""

    name: str


@dataclass
class Row:
    name: str  # the URL name, or the route of a pattern that has none
    get: object  # the outcome of a GET, per role
    post: object = None  # refused POSTs (and ALLOWED ones, not sent)
    patch: object = None
    delete: object = None
    kwargs: dict = field(default_factory=dict)
    args: tuple = ()  # for the admin's regex patterns with unnamed groups
    path: str = ""  # for a pattern without a name: the URL, with {kwarg} holes
    flow: str = ""  # where a 302 of the normal flow goes ({kwarg} holes allowed): that 302 is OK
    label: str = ""  # tells apart two rows of one URL name (another slug, action, format)
    data: dict = field(default_factory=dict)  # what a refused write sends
    api: bool = False  # writes are sent as JSON
    users: tuple = ()  # checked as these users only (default: all): for slow pages that are the same for all

    @property
    def key(self):
        return f"{self.name}[{self.label}]" if self.label else self.name

    def methods(self):
        return {m: getattr(self, m) for m in ("get", "post", "patch", "delete") if getattr(self, m) is not None}


# --- Shorthands -----------------------------------------------------------------------------
PUBLIC = {"*": OK}
SIGNED_IN = {"anonymous": LOGIN, "*": OK}
# Reading an object: everyone signed in, a unit reporter its own unit's only.
UNIT_READ = {"anonymous": LOGIN, "reporter": {"own": OK, "other": HIDDEN}, "*": OK}
# Writing: administrator and officer everything, a reporter its own unit's, leader and viewer nothing.
WRITERS = {"anonymous": LOGIN, "leader,viewer": FORBIDDEN, "*": OK}
WRITERS_POST = {"anonymous": LOGIN, "leader,viewer": FORBIDDEN, "*": ALLOWED}
UNIT_EDIT = {"anonymous": LOGIN, "leader,viewer": FORBIDDEN, "reporter": {"own": OK, "other": HIDDEN}, "*": OK}
UNIT_EDIT_POST = {
    "anonymous": LOGIN,
    "leader,viewer": FORBIDDEN,
    "reporter": {"own": ALLOWED, "other": HIDDEN},
    "*": ALLOWED,
}
OFFICE = {"anonymous": LOGIN, "admin,officer": OK, "*": FORBIDDEN}
OFFICE_POST = {"anonymous": LOGIN, "admin,officer": ALLOWED, "*": FORBIDDEN}
# Moving a unit's people and work to its successor: the administrator only (permissions.may_transfer_units).
ADMIN_ROLE = {"anonymous": LOGIN, "admin": OK, "*": FORBIDDEN}
ADMIN_ROLE_POST = {"anonymous": LOGIN, "admin": ALLOWED, "*": FORBIDDEN}
POST_ONLY = {"*": NOT_ALLOWED}  # require_POST comes before login_required: even anonymous gets 405

ADMIN_ONLY = {"admin": OK, "*": ADMIN_LOGIN}  # only the demo admin is staff

API_SIGNED_IN = {"anonymous": UNAUTHORIZED, "*": OK}
API_UNIT_READ = {"anonymous": UNAUTHORIZED, "reporter": {"own": OK, "other": HIDDEN}, "*": OK}
# A method the endpoint does not have (a GET on a POST action, a POST on a read-only list): DRF
# authenticates before it looks at the method, so anonymous gets 401 and everyone else 405.
API_NOT_ALLOWED = {"anonymous": UNAUTHORIZED, "*": NOT_ALLOWED}
API_WRITERS_POST = {"anonymous": UNAUTHORIZED, "leader,viewer": FORBIDDEN, "*": ALLOWED}
API_UNIT_EDIT = {
    "anonymous": UNAUTHORIZED,
    "leader,viewer": FORBIDDEN,
    "reporter": {"own": ALLOWED, "other": HIDDEN},
    "*": ALLOWED,
}


def uploader_only(outcome):
    """A reading: its uploader gets outcome; a writer of another's, or the admin, 404; leaders and viewers 403."""
    own = {"own": outcome, "other": HIDDEN}
    return {"anonymous": LOGIN, "leader,viewer": FORBIDDEN, "admin": HIDDEN, "officer": own, "reporter": own}


def steps(anonymous):
    """Who may move a report along (core/permissions.py may_move_report()); a reporter never sees another unit's."""
    return {
        "submit": {
            "anonymous": anonymous,
            "leader,viewer": FORBIDDEN,
            "reporter": {"own": ALLOWED, "other": HIDDEN},
            "*": ALLOWED,
        },
        "return": {
            "anonymous": anonymous,
            "admin": ALLOWED,
            "leader": {"own": ALLOWED, "other": FORBIDDEN},
            "reporter": {"own": FORBIDDEN, "other": HIDDEN},
            "*": FORBIDDEN,
        },
        "approve": {
            "anonymous": anonymous,
            "admin": ALLOWED,
            "leader": {"own": ALLOWED, "other": FORBIDDEN},
            "reporter": {"own": FORBIDDEN, "other": HIDDEN},
            "*": FORBIDDEN,
        },
        "issue": {
            "anonymous": anonymous,
            "admin,officer": ALLOWED,
            "leader": {"own": ALLOWED, "other": FORBIDDEN},
            "reporter": {"own": FORBIDDEN, "other": HIDDEN},
            "*": FORBIDDEN,
        },
    }


PAGE_STEPS, API_STEPS = steps(LOGIN), steps(UNAUTHORIZED)


def shown(table):
    """The GET of a write that asks first (core/confirm.py): whoever may do it sees its confirmation page."""
    if isinstance(table, dict):
        return {key: shown(value) for key, value in table.items()}
    return OK if table == ALLOWED else table


# The register's pages take the area as a parameter: one representative area, which has rows of
# all three units in the demo. The other areas are served by the same views (register/views.py);
# tests/register/test_permissions.py walks every area against every role.
SLUG = "doan-vao"
RECORD = {"slug": SLUG, "pk": Obj("record")}
REPORT = {"pk": Obj("report")}
SECTION = {"pk": Obj("report"), "section_pk": Obj("section")}
REMOVED = {"pk": Obj("report"), "removed_pk": Val("removed_section")}

ROWS = [
    # --- Home, sign-in, account -----------------------------------------------------------
    Row("home", SIGNED_IN),
    Row("accounts:login", PUBLIC, flow="/"),  # signed in already: sent home
    Row("accounts:verify", SIGNED_IN, flow="/"),  # no authenticator app in the demo: sent on to next
    Row("accounts:logout", POST_ONLY, post={"*": OK}, flow="/dang-nhap/"),  # harmless: signs the test client out
    Row("accounts:security", SIGNED_IN),
    Row("accounts:password_change", SIGNED_IN),
    Row("accounts:api_token", SIGNED_IN, post={"anonymous": LOGIN, "*": ALLOWED}, flow="/tai-khoan/bao-mat/#api-token"),
    # Revokes one of the user's own tokens (another user's is a 404: tests/accounts/test_api_token.py).
    Row("accounts:revoke_api_token", {"*": NOT_ALLOWED}, post={"anonymous": LOGIN, "*": ALLOWED}),
    # Turning the second step off needs a POST and a device: nobody in the demo has one.
    Row(
        "accounts:disable_two_factor",
        {"anonymous": LOGIN, "*": FORBIDDEN},
        post={"anonymous": LOGIN, "*": FORBIDDEN},
        data={"code": "123456"},
    ),
    Row("set_language", PUBLIC, flow="/"),  # a GET changes nothing and goes back
    Row("favicon", PUBLIC, flow=static("ngoaivu/favicon.svg")),  # the icon, for browsers that ask /favicon.ico
    # --- Register (/so-theo-doi/) -----------------------------------------------------------
    Row("register:index", SIGNED_IN),
    Row("register:read_report", WRITERS, post=WRITERS_POST),
    # A reading is its uploader's alone (the matrix's own objects are the officer's and the reporters').
    Row("register:read_result", uploader_only(OK), kwargs={"pk": Obj("reading")}),
    Row("register:read_again", POST_ONLY, post=uploader_only(ALLOWED), kwargs={"pk": Obj("reading")}),
    Row("register:list", SIGNED_IN, kwargs={"slug": SLUG}),
    Row("register:create", WRITERS, post=WRITERS_POST, kwargs={"slug": SLUG}),
    Row("register:export", SIGNED_IN, kwargs={"slug": SLUG, "fmt": "csv"}, label="csv"),
    Row("register:export", SIGNED_IN, kwargs={"slug": SLUG, "fmt": "xlsx"}, label="xlsx"),
    Row("register:import", WRITERS, post=WRITERS_POST, kwargs={"slug": SLUG}),
    Row("register:import_template", SIGNED_IN, kwargs={"slug": SLUG}),
    Row("register:deleted", SIGNED_IN, kwargs={"slug": SLUG}),
    # A GET shows which version comes back and what changes; only a confirmed POST restores.
    Row(
        "register:restore",
        UNIT_EDIT,
        post=UNIT_EDIT_POST,
        kwargs={"slug": SLUG, "history_id": Obj("history", "history_id")},
    ),
    Row("register:detail", UNIT_READ, kwargs=RECORD),
    Row("register:update", UNIT_EDIT, post=UNIT_EDIT_POST, kwargs=RECORD, data={"notes": "sửa trái phép"}),
    Row("register:delete", UNIT_EDIT, post=UNIT_EDIT_POST, kwargs=RECORD),
    # --- Reports (/bao-cao/) ----------------------------------------------------------------
    Row("reporting:list", SIGNED_IN),
    Row("reporting:new", WRITERS, post=WRITERS_POST),
    Row("reporting:detail", UNIT_READ, kwargs=REPORT),
    Row("reporting:edit", UNIT_EDIT, post=UNIT_EDIT_POST, kwargs=REPORT, data={"title": "sửa trái phép"}),
    Row("reporting:section", UNIT_EDIT, post=UNIT_EDIT_POST, kwargs=SECTION, data={"text": "sửa trái phép"}),
    # The section is edited, so that a GET shows the difference and saves nothing.
    Row(
        "reporting:regenerate",
        UNIT_EDIT,
        post=UNIT_EDIT_POST,
        kwargs=SECTION,
        data={"choice": "new", "new_text": "sửa trái phép"},
    ),
    Row("reporting:add_footnote", UNIT_EDIT, post=UNIT_EDIT_POST, kwargs=SECTION, data={"note": "chú thích trái phép"}),
    Row("reporting:redraft", POST_ONLY, post=UNIT_EDIT_POST, kwargs=REPORT),
    # The matrix's section is still written by the template: whoever may edit is sent back to the report.
    Row("reporting:remove_section", UNIT_EDIT, post=UNIT_EDIT_POST, kwargs=SECTION, flow="/bao-cao/{pk}/"),
    # a forged deletion: the unit's officer is sent back to the report with a message
    Row("reporting:restore_section", UNIT_EDIT, post=UNIT_EDIT_POST, kwargs=REMOVED, flow="/bao-cao/{pk}/"),
    Row("reporting:add_section", POST_ONLY, post=UNIT_EDIT_POST, kwargs=REPORT, data={"key": "I.1"}),
    Row("reporting:sources", UNIT_READ, kwargs=REPORT),
    # A GET shows what the step will do; the reports are drafts, so a later step's page sends the
    # one who may take it back to the report, saying its state.
    *[
        Row(
            "reporting:transition",
            shown(PAGE_STEPS[action]),
            post=PAGE_STEPS[action],
            kwargs={**REPORT, "action": action},
            label=action,
            flow="/bao-cao/{pk}/",
        )
        for action in PAGE_STEPS
    ],
    Row("verify_pdf", SIGNED_IN, post={"anonymous": LOGIN, "*": ALLOWED}),
    Row("reporting:docx", UNIT_READ, kwargs=REPORT),
    Row("reporting:pdf", UNIT_READ, kwargs=REPORT),
    Row("reporting:file_retry", POST_ONLY, post=UNIT_EDIT_POST, kwargs=REPORT),
    # Signing needs an issued report whose files are made (tests/reporting/test_signing.py): on the
    # matrix's draft, everyone who may see it is sent back to it, and the rest are refused first.
    *[
        Row(
            "reporting:sign",
            {"anonymous": LOGIN, "reporter": {"own": FORBIDDEN, "other": HIDDEN}, **signers},
            kwargs={**REPORT, "kind_slug": slug},
            label=slug,
            flow="/bao-cao/{pk}/",
        )
        for slug, signers in [
            ("nguoi-ky", {"leader": {"own": OK, "other": FORBIDDEN}, "*": FORBIDDEN}),  # the leader named in it
            ("co-quan", {"admin": OK, "officer": {"own": OK, "other": FORBIDDEN}, "*": FORBIDDEN}),
        ]
    ],
    # --- Requests and submissions (/yeu-cau/) -----------------------------------------------
    Row("collection:list", SIGNED_IN),
    Row("collection:new", WRITERS, post=WRITERS_POST, kwargs={"slug": "yeu-cau-den"}, label="incoming"),
    Row("collection:new", OFFICE, post=OFFICE_POST, kwargs={"slug": "yeu-cau-di"}, label="outgoing"),
    Row("collection:compliance", SIGNED_IN),
    # An incoming request is its unit's; an outgoing one is the sender's and the asked units'.
    Row("collection:detail", UNIT_READ, kwargs={"pk": Obj("incoming")}, label="incoming"),
    Row("collection:detail", UNIT_READ, kwargs={"pk": Obj("outgoing")}, label="outgoing"),
    Row("collection:answer", POST_ONLY, post=UNIT_EDIT_POST, kwargs={"pk": Obj("incoming")}),
    # Compiling is the office's: a unit reporter finds no compilation, even of a request it answers.
    Row("collection:compilation", {"anonymous": LOGIN, "reporter": HIDDEN, "*": OK}, kwargs={"pk": Obj("outgoing")}),
    Row("collection:xlsx", {"anonymous": LOGIN, "reporter": HIDDEN, "*": OK}, kwargs={"pk": Obj("outgoing")}),
    # Its compiled report's sources: none compiled yet, so a 404 for everyone signed in (test_compiled_sources.py
    # reads the page of a compiled one, and refuses it to a reporter).
    Row("collection:sources", {"anonymous": LOGIN, "*": HIDDEN}, kwargs={"pk": Obj("outgoing")}),
    Row(
        "collection:compile",
        POST_ONLY,
        kwargs={"pk": Obj("outgoing")},
        post={"anonymous": LOGIN, "reporter": HIDDEN, "leader,viewer": FORBIDDEN, "*": ALLOWED},
    ),
    # Asking a forgotten unit is the sending office's: an asked unit's reporter is refused.
    Row(
        "collection:add_units",
        POST_ONLY,
        kwargs={"pk": Obj("outgoing")},
        post={
            "anonymous": LOGIN,
            "reporter": {"own": FORBIDDEN, "other": HIDDEN},
            "leader,viewer": FORBIDDEN,
            "*": ALLOWED,
        },
    ),
    Row("collection:submission", UNIT_READ, post=UNIT_EDIT_POST, kwargs={"pk": Obj("submission")}),
    Row("collection:upload", POST_ONLY, post=UNIT_EDIT_POST, kwargs={"pk": Obj("submission")}),
    Row("collection:file", UNIT_READ, kwargs={"pk": Obj("submission")}),
    Row("collection:reading", UNIT_READ, kwargs={"pk": Obj("submission")}),
    *[
        Row(
            "collection:review",
            POST_ONLY,
            kwargs={"pk": Obj("submission"), "action": action},
            label=action,
            post={
                "anonymous": LOGIN,
                "admin,officer": ALLOWED,
                "reporter": {"own": FORBIDDEN, "other": HIDDEN},
                "*": FORBIDDEN,
            },
            data={"comment": "trái phép"},
        )
        for action in ("accept", "return")
    ],
    # --- Statistics (/thong-ke/) --------------------------------------------------------------
    Row("collection:transfer", ADMIN_ROLE, post=ADMIN_ROLE_POST, kwargs={"pk": Val("succession")}),
    # --- The unit tree: names and mergers are public facts, shown to everyone signed in -----------
    Row("core:unit_tree", SIGNED_IN),
    Row("core:unit_detail", SIGNED_IN, kwargs={"pk": Val("unit_pk")}),
    # The units a picker offers (JSON, fetched by the page's script): refused, not redirected, when signed out;
    # a unit reporter gets its own unit only (tests/core/test_unit_search.py).
    Row("core:unit_search", {"anonymous": FORBIDDEN, "*": OK}),
    Row("dashboard:statistics", SIGNED_IN),
    Row("dashboard:csv", SIGNED_IN, kwargs={"slug": "doan-theo-thang"}),
    # --- Procedures: staff pages (/thu-tuc/) and public pages (/tthc/) ---------------------
    Row("procedures:index", SIGNED_IN),
    Row("procedures:qr_sheet", SIGNED_IN),
    # Leader and viewer read the editor (read-only); only writers save.
    Row(
        "procedures:translate",
        UNIT_READ,
        post=UNIT_EDIT_POST,
        kwargs={"pk": Obj("procedure"), "lang": "en"},
        data={"name": "trái phép", "status": "published"},
    ),
    Row("tthc:choose", PUBLIC),
    # The kiosk never looks at the user, and draws a QR code per procedure and language (~0.4 s).
    Row("tthc:kiosk", PUBLIC, users=("anonymous", "vanphong")),
    Row("tthc:kiosk_feed", PUBLIC, users=("anonymous", "vanphong")),
    Row("tthc:list", PUBLIC, kwargs={"lang": "en"}),
    Row("tthc:detail", PUBLIC, kwargs={"lang": "en", "code": Val("procedure_code")}),
    Row("tthc:qr", PUBLIC, kwargs={"lang": "en", "code": Val("procedure_code"), "fmt": "svg"}, label="svg"),
    Row("tthc:qr", PUBLIC, kwargs={"lang": "en", "code": Val("procedure_code"), "fmt": "png"}, label="png"),
    Row("tthc:not_found", {"*": HIDDEN}, kwargs={"lang": "en", "rest": "1.003160/in"}),
    # --- API (/api/) --------------------------------------------------------------------------
    # The schema and the list of endpoints read from it are for signed-in users (session or token). The
    # schema is the same for everyone (built once per process): checked as anonymous and as one user.
    Row("api-schema", API_SIGNED_IN, users=("anonymous", "vanphong")),
    Row("api-docs", SIGNED_IN, users=("anonymous", "vanphong")),
    Row("api-token", {"*": NOT_ALLOWED}),  # POST only (username, password → token)
    Row("api-root", API_SIGNED_IN),
    Row("api-report-list", API_SIGNED_IN, post=API_WRITERS_POST, api=True),
    Row("api-report-detail", API_UNIT_READ, kwargs=REPORT),
    Row("api-report-docx", API_UNIT_READ, kwargs=REPORT),
    Row("api-report-pdf", API_UNIT_READ, kwargs=REPORT),
    *[
        Row(
            "api-report-transition",
            API_NOT_ALLOWED,
            post=API_STEPS[action],
            kwargs=REPORT,
            label=action,
            data={"action": action},
            api=True,
        )
        for action in API_STEPS
    ],
    Row("api-report-template-list", API_SIGNED_IN),
    Row("api-report-template-detail", API_SIGNED_IN, kwargs={"code": Val("template_code")}),
    Row("api-request-list", API_SIGNED_IN, post=API_NOT_ALLOWED, api=True),
    Row("api-request-detail", API_UNIT_READ, kwargs={"pk": Obj("incoming")}, label="incoming"),
    Row("api-request-detail", API_UNIT_READ, kwargs={"pk": Obj("outgoing")}, label="outgoing"),
    Row("api-submission-list", API_SIGNED_IN, post=API_NOT_ALLOWED, api=True),
    Row("api-submission-detail", API_UNIT_READ, kwargs={"pk": Obj("submission")}),
    Row("api-submission-answer", API_NOT_ALLOWED, post=API_UNIT_EDIT, kwargs={"pk": Obj("submission")}, api=True),
    Row("api-procedure-list", API_SIGNED_IN, post=API_NOT_ALLOWED, api=True),
    Row("api-procedure-detail", API_UNIT_READ, kwargs={"pk": Obj("procedure")}),
    # Public: no authentication at all, so a session changes nothing either.
    Row("api-public-procedure-list", PUBLIC, post={"*": NOT_ALLOWED}, api=True),
    Row("api-public-procedure-detail", PUBLIC, kwargs={"code": Val("procedure_code")}),
    # The format-suffix patterns, represented once (see COVERED_BY_RULE).
    Row("api-doan-vao-list", API_SIGNED_IN, kwargs={"format": "json"}, label="json"),
    # One row pair per register area, from AREAS: every area is the same AreaViewSet (api/views.py).
    *[
        row
        for slug in AREAS
        for row in (
            Row(f"api-{slug}-list", API_SIGNED_IN, **({"post": API_WRITERS_POST, "api": True} if slug == SLUG else {})),
            Row(
                f"api-{slug}-detail",
                API_UNIT_READ,
                kwargs={"pk": Obj(f"area:{slug}")},
                **(
                    {"patch": API_UNIT_EDIT, "delete": API_UNIT_EDIT, "data": {"notes": "sửa trái phép"}, "api": True}
                    if slug == SLUG
                    else {}
                ),
            ),
        )
    ],
    # --- Admin (/quan-tri/): staff only, and only the demo admin is staff -------------------
    Row("admin:index", ADMIN_ONLY),
    Row("admin:login", PUBLIC, flow="/quan-tri/"),  # a non-staff user gets the form (and a "not authorised" note)
    Row("admin:logout", {"admin": NOT_ALLOWED, "*": ADMIN_LOGIN}),  # POST only (Django 5); others go to its index
    Row("admin:password_change", ADMIN_ONLY),
    Row("admin:password_change_done", ADMIN_ONLY),
    Row("admin:autocomplete", {"admin": FORBIDDEN, "*": ADMIN_LOGIN}),  # no autocomplete_fields anywhere: 403
    Row("admin:jsi18n", ADMIN_ONLY),
    # No model has get_absolute_url, so "view on site" finds nothing even for the admin.
    Row(
        "admin:view_on_site",
        {"admin": HIDDEN, "*": ADMIN_LOGIN},
        kwargs={"content_type_id": Val("user_content_type"), "object_id": Obj("user")},
    ),
    Row("admin:app_list", ADMIN_ONLY, kwargs={"app_label": "core"}),
    # The model pages, represented by the users' (the most sensitive): see COVERED_BY_RULE.
    Row("admin:core_user_changelist", ADMIN_ONLY),
    Row(
        "admin:core_user_add",
        ADMIN_ONLY,
        post={"admin": ALLOWED, "*": ADMIN_LOGIN},
        data={"username": "ke-gian", "password1": "mat-khau-dai-12", "password2": "mat-khau-dai-12"},
    ),
    Row(
        "admin:core_user_change",
        ADMIN_ONLY,
        post={"admin": ALLOWED, "*": ADMIN_LOGIN},
        kwargs={"object_id": Obj("user")},
        data={"is_superuser": "on", "is_staff": "on", "role": "admin"},
    ),
    Row(
        "admin:core_user_delete",
        ADMIN_ONLY,
        post={"admin": ALLOWED, "*": ADMIN_LOGIN},
        kwargs={"object_id": Obj("user")},
        data={"post": "yes"},
    ),
    Row("admin:core_user_history", ADMIN_ONLY, kwargs={"object_id": Obj("user")}),
    Row(
        "quan-tri/core/user/<path:object_id>/",
        {"admin": OK, "*": ADMIN_LOGIN},
        kwargs={"object_id": Obj("user")},
        path="/quan-tri/core/user/{object_id}/",
        flow="/quan-tri/core/user/{object_id}/change/",
    ),
    Row("admin:auth_user_password_change", ADMIN_ONLY, kwargs={"id": Obj("user")}),
    Row("admin:core_unit_simple_history", ADMIN_ONLY, args=(Obj("unit"), Obj("unit_history", "history_id"))),
    # The authenticator app's secret, as a QR code: staff only.
    Row("admin:otp_totp_totpdevice_config", ADMIN_ONLY, kwargs={"pk": Obj("device")}),
    Row("admin:otp_totp_totpdevice_qrcode", ADMIN_ONLY, kwargs={"pk": Obj("device")}),
    Row(
        "quan-tri/(?P<url>.*)$",
        {"admin": HIDDEN, "*": ADMIN_LOGIN},
        kwargs={"url": "khong-co/"},
        path="/quan-tri/{url}",
    ),
]

# Patterns that have no row of their own: (what is matched, pattern, why it needs no row).
COVERED_BY_RULE = [
    (
        "name",
        r"^admin:\w+_(changelist|add|change|delete|history|simple_history)$",
        "the admin's model pages: ModelAdmin.get_urls makes them for every registered model, each behind "
        "AdminSite.admin_view (is_staff) and the model's permissions; represented by admin:core_user_* and "
        "admin:core_unit_simple_history",
    ),
    (
        "route",
        r"^quan-tri/\w+/\w+/<path:object_id>/$",
        "the admin's old-style object URLs, redirects to the change page behind the same admin_view; "
        "represented by quan-tri/core/user/<path:object_id>/",
    ),
    (
        "format",
        "",
        "Django REST framework's format-suffix twin of a routed endpoint (….json): the same view and permission "
        "classes as the pattern it doubles, which has its row; represented by api-doan-vao-list[json]",
    ),
]

# Where the project does not do what README says; each such case is a strict xfail, which fails
# again once the project is fixed (remove the entry then) or when it gives yet another outcome.
# (row key, methods, roles, cases, what it gives, why)
DISCREPANCIES = []
