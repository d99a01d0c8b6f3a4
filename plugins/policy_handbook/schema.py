"""JSON Schemas of the YAML files, for editors with a YAML language server."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from .model import BodiesFile, Document, TopicsFile

SCHEMAS: dict[str, type[BaseModel]] = {
    "bodies.schema.json": BodiesFile,
    "topics.schema.json": TopicsFile,
    "document.schema.json": Document,
}


def schema_text(model: type[BaseModel]) -> str:
    schema = model.model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into ``folder``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = folder / name
        path.write_text(schema_text(model), encoding="utf-8")
        written.append(path)
    return written
