#!/usr/bin/env bash
# npm run train:ner: builds the trainer and writes data/ner/<code>.ner for en, es, nl, it from
# the train.jsonl splits in ../shared/data (epoch chosen on dev.jsonl). Deterministic.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${PRECIS_DATA:-../shared/data}"
cmake --preset native >/dev/null
cmake --build build/native -j 2 --target train-ner >/dev/null
mkdir -p data/ner
# Per-language settings tuned on dev to fit about 100 KB after brotli -q 11: 2^20 hashed
# buckets, logarithmic weight codes (--qmax levels, each 2^(-step/16) of the one above), codes
# below --min-weight dropped, the --max-features strongest rows kept. Italian picks its epoch
# by token F1, the KIND convention.
train() {
  local set="$1" code="$2"
  shift 2
  build/native/train-ner --train "$DATA/$set/train.jsonl" --dev "$DATA/$set/dev.jsonl" \
    --lang "$code" --out "data/ner/$code.ner" --epochs 12 --bits 20 --seed 1 "$@"
}
train conll2003-en en --qmax 15 --step 8 --min-weight 4 --max-features 40000
train conll2002-es es --qmax 7 --step 16 --min-weight 2 --max-features 34000
train conll2002-nl nl --qmax 15 --step 10 --min-weight 5 --max-features 29000
train kind-wikinews-it it --qmax 7 --step 16 --min-weight 2 --max-features 34000 --select token
