"""Deployments of model files and the versioned processes, decisions and forms they define."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlalchemy import ForeignKey
from sqlalchemy import LargeBinary
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from app.database import utcnow
from app.extensions import db
from app.shared_cache import watch


class Deployment(db.Model):  # type: ignore[name-defined,misc]
    """One accepted upload of one or more files; its id is the deployment version."""

    __tablename__ = "deployments"

    id: Mapped[int] = mapped_column(primary_key=True)
    deployed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    deployed_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(String(500), default="")
    warnings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # accepted, but worth a look
    # the saved test cases that failed and were deployed over with ``force`` (the audit of that choice)
    forced_test_failures: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    files: Mapped[list[ModelFile]] = relationship(back_populates="deployment", order_by="ModelFile.id")
    processes: Mapped[list[ProcessVersion]] = relationship(order_by="ProcessVersion.id")
    decisions: Mapped[list[DecisionVersion]] = relationship(order_by="DecisionVersion.id")
    forms: Mapped[list[FormVersion]] = relationship(order_by="FormVersion.id")
    deployed_by = relationship("User")


class ModelFile(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "model_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    deployment_id: Mapped[int] = mapped_column(ForeignKey("deployments.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(10))  # bpmn | dmn | form
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    deployment: Mapped[Deployment] = relationship(back_populates="files")


class ProcessVersion(db.Model):  # type: ignore[name-defined,misc]
    """A process of a deployment with its serialized engine spec; instances pin one of these."""

    __tablename__ = "process_versions"
    __table_args__ = (UniqueConstraint("process_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[str] = mapped_column(String(255), index=True)
    version: Mapped[int]
    name: Mapped[str] = mapped_column(String(255), default="")
    deployment_id: Mapped[int] = mapped_column(ForeignKey("deployments.id"), index=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("model_files.id"))
    executable: Mapped[bool] = mapped_column(default=True)
    not_executable_reason: Mapped[str] = mapped_column(Text, default="")
    flavour: Mapped[str] = mapped_column(String(20), default="spiff")
    spec_json: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    file: Mapped[ModelFile] = relationship()

    @property
    def waits_for_people(self) -> bool:
        """False for fully automated processes: their instances never open work items (unknown: True)."""
        return bool(self.summary.get("waits_for_people", True))


class DecisionVersion(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "decision_versions"
    __table_args__ = (UniqueConstraint("decision_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[str] = mapped_column(String(255), index=True)
    version: Mapped[int]
    name: Mapped[str] = mapped_column(String(255), default="")
    deployment_id: Mapped[int] = mapped_column(ForeignKey("deployments.id"), index=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("model_files.id"))
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    file: Mapped[ModelFile] = relationship()


class FormVersion(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "form_versions"
    __table_args__ = (UniqueConstraint("filename", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(255), index=True)
    version: Mapped[int]
    deployment_id: Mapped[int] = mapped_column(ForeignKey("deployments.id"), index=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("model_files.id"))
    schema: Mapped[dict[str, Any]] = mapped_column(JSON)
    file: Mapped[ModelFile] = relationship()


class ModelTestCase(db.Model):  # type: ignore[name-defined,misc]
    """A saved sample for a process or decision, replayed on every validate and deploy of it.

    ``case`` holds, for a decision, ``{"inputs", "expected"}``; for a process, ``{"start_data",
    "user_tasks", "connectors", "expected_path", "expected_data"}`` (see ``app.studio.model_tests``).
    """

    __tablename__ = "model_test_cases"
    __table_args__ = (UniqueConstraint("kind", "model_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # process | decision
    model_id: Mapped[str] = mapped_column(String(255), index=True)
    name: Mapped[str] = mapped_column(String(200))
    case: Mapped[dict[str, Any]] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(200), default="")  # "instance 12", "shipped", "" (entered)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class DeletedShippedCase(db.Model):  # type: ignore[name-defined,misc]
    """A shipped test case a person deleted (or renamed): ``ordra seed`` does not save it again, even when a new
    release changes it, until someone restores the model's shipped cases."""

    __tablename__ = "deleted_shipped_cases"
    __table_args__ = (UniqueConstraint("kind", "model_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # process | decision
    model_id: Mapped[str] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(String(200))
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    deleted_at: Mapped[datetime] = mapped_column(default=utcnow)


class InstanceMigration(db.Model):  # type: ignore[name-defined,misc]
    """Moving running instances of a process from one version to another, run as background jobs.

    ``report`` holds one ``{"id", "status", "reason"}`` per chosen instance; ``status`` is pending, moved,
    skipped (it could not move: left untouched) or failed.
    """

    __tablename__ = "instance_migrations"

    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[str] = mapped_column(String(255), index=True)
    from_version: Mapped[int]
    to_version: Mapped[int]
    status: Mapped[str] = mapped_column(String(20), default="running")  # running | finished
    report: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    lock_version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": lock_version}


class ModelDraft(db.Model):  # type: ignore[name-defined,misc]
    """A user's unsaved edit of one model file: kept on the server, never run, until deployed or dropped."""

    __tablename__ = "model_drafts"
    __table_args__ = (UniqueConstraint("user_id", "kind", "model_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # process | decision | form
    model_id: Mapped[str] = mapped_column(String(255))
    content: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# Deployed versions are looked up on every step (app.shared_cache); a deployment writes these.
watch(Deployment, ModelFile, ProcessVersion, DecisionVersion, FormVersion)
