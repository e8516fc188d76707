"""The committed JSON Schema matches the models, and real records validate against it."""
import json

import jsonschema

from extract.schema import SCHEMA_PATH, json_schema


def test_committed_schema_is_current():
    committed = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert committed == json_schema(), "regenerate with: python -m extract.schema"


def test_seed_record_validates(extractor, seed_text):
    record = extractor(seed_text, doc_id="seed").model_dump(mode="json")
    jsonschema.validate(record, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    assert record["text_sha256"] == __import__("hashlib").sha256(seed_text.encode()).hexdigest()
