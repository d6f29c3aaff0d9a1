#!/usr/bin/env python3
"""Writes the trigram profiles of extract/TrigramLanguageModel from Lingua's language models.

Source: com.github.pemistahl:lingua 1.2.2 (Apache License 2.0), language-models/<iso>/trigrams.json, which give for
each trigram abc the conditional probability count(abc) / count(ab) on Lingua's training corpora. Copied as they are,
one line per probability: "numerator/denominator<TAB>trigram trigram ...", gzip-compressed.

    python3 tools/lingua-trigrams.py ~/.m2/repository/com/github/pemistahl/lingua/1.2.2/lingua-1.2.2.jar
"""
import gzip
import json
import sys
import zipfile

LANGUAGES = ["en", "tr", "de", "fr", "es", "it"]
OUT = "core/src/main/resources/dev/newsetl/extract/trigrams/{}.tsv.gz"

with zipfile.ZipFile(sys.argv[1]) as jar:
    for iso in LANGUAGES:
        model = json.loads(jar.read(f"language-models/{iso}/trigrams.json"))
        lines = [f"{fraction}\t{ngrams}\n" for fraction, ngrams in sorted(model["ngrams"].items())]
        with gzip.GzipFile(OUT.format(iso), "wb", mtime=0) as out:
            out.write("".join(lines).encode("utf-8"))
