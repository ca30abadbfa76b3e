#!/usr/bin/python3
# Validates .parcours files against the published JSON Schema with an
# outside implementation (python3-jsonschema), as other readers would.
import json
import sys

import jsonschema

schema_path, *paths = sys.argv[1:]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = False
for path in paths:
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    for error in validator.iter_errors(document):
        failed = True
        where = "/".join(str(p) for p in error.absolute_path)
        print(f"{path}: /{where}: {error.message}")
sys.exit(1 if failed else 0)
