"""Settings from the environment, read once, with safe defaults for a single machine."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Settings:
    """What marker needs to know about where it runs."""

    database_url: str
    upload_dir: Path
    secret_key: str
    max_upload_mb: int
    max_pages: int
    rubrics_dir: Path
    command_verbs_dir: Path
    check_timeout_s: float
    check_memory_mb: int
    login_rate_limit: str
    check_rate_limit: str
    layout_with_libreoffice: bool
    behind_https: bool
    layout_timeout_s: float = 60.0


def _secret_key(instance_path: Path) -> str:
    """The secret key from the environment, else one generated once and kept in the instance folder."""
    from_env = os.environ.get("MARKER_SECRET_KEY")
    if from_env:
        return from_env
    key_file = instance_path / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    instance_path.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    # Created with owner-only permissions: the key signs sessions and CSRF tokens.
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def load_settings(instance_path: Path, *, with_secret_key: bool = True) -> Settings:
    """Read the settings from MARKER_* environment variables.

    ``with_secret_key=False`` (for commands that serve nothing, such as ``marker check``) leaves the secret key
    empty rather than creating one in the instance folder.
    """
    env = os.environ
    default_db = f"sqlite:///{instance_path / 'marker.sqlite3'}"
    return Settings(
        database_url=env.get("MARKER_DATABASE_URL", default_db),
        upload_dir=Path(env.get("MARKER_UPLOAD_DIR", str(PROJECT_ROOT / "uploads"))).resolve(),
        secret_key=_secret_key(instance_path) if with_secret_key else "",
        max_upload_mb=int(env.get("MARKER_MAX_UPLOAD_MB", "20")),
        max_pages=int(env.get("MARKER_MAX_PAGES", "300")),
        rubrics_dir=Path(env.get("MARKER_RUBRICS_DIR", str(PROJECT_ROOT / "rubrics"))),
        command_verbs_dir=Path(env.get("MARKER_COMMAND_VERBS_DIR", str(PROJECT_ROOT / "command_verbs"))),
        check_timeout_s=float(env.get("MARKER_CHECK_TIMEOUT_S", "20")),
        check_memory_mb=int(env.get("MARKER_CHECK_MEMORY_MB", "1024")),
        login_rate_limit=env.get("MARKER_LOGIN_RATE_LIMIT", "10 per minute"),
        check_rate_limit=env.get("MARKER_CHECK_RATE_LIMIT", "30 per minute"),
        layout_with_libreoffice=env.get("MARKER_LIBREOFFICE", "auto") != "never",
        behind_https=env.get("MARKER_HTTPS", "0").lower() in ("1", "true", "yes"),
        layout_timeout_s=float(env.get("MARKER_LAYOUT_TIMEOUT_S", "60")),
    )


def flask_config(settings: Settings) -> dict[str, object]:
    """The Flask configuration derived from the settings."""
    return {
        "SECRET_KEY": settings.secret_key,
        "SQLALCHEMY_DATABASE_URI": settings.database_url,
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "MAX_CONTENT_LENGTH": settings.max_upload_mb * 1024 * 1024 + 64 * 1024,
        "MARKER_SETTINGS": settings,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "WTF_CSRF_TIME_LIMIT": 8 * 3600,
        "RATELIMIT_STORAGE_URI": "memory://",
        "RATELIMIT_HEADERS_ENABLED": True,
        # Behind HTTPS (a TLS-terminating proxy), cookies are only ever sent over TLS.
        "SESSION_COOKIE_SECURE": settings.behind_https,
        "REMEMBER_COOKIE_SECURE": settings.behind_https,
        "PREFERRED_URL_SCHEME": "https" if settings.behind_https else "http",
    }
