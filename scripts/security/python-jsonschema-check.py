"""Second, non-JavaScript reading of the published JSON Schemas.

Reads one JSON object on standard input:
  {"patterns": [...], "values": [...], "documents": [{"schema": {...}, "instances": [...]}]}
and prints one JSON object: for each pattern, the list of values that
Python's `re.search` accepts (as JSON Schema validators in Python apply
`pattern`), and for each document set, whether python-jsonschema's
Draft202012Validator (with its format checker) accepts each instance.
"""
import json
import re
import sys

import jsonschema

payload = json.load(sys.stdin)
patterns = {}
for pattern in payload["patterns"]:
    compiled = re.compile(pattern)
    patterns[pattern] = [bool(compiled.search(value)) for value in payload["values"]]

documents = []
for entry in payload["documents"]:
    validator = jsonschema.Draft202012Validator(entry["schema"], format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    documents.append([validator.is_valid(instance) for instance in entry["instances"]])

json.dump({"patterns": patterns, "documents": documents}, sys.stdout)
