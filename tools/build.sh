#!/usr/bin/env bash
# npm run build: the native CLI (build/native/precis) and the browser package (dist/).
# --with-debug also builds the wasm-debug preset (assertions on), which the Node tests run too.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

cmake --preset native >/dev/null
cmake --build --preset native -j "$jobs"

# Emscripten 3.1.6's JS optimizer needs acorn, which Debian ships under /usr/share/nodejs.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
cmake --preset wasm >/dev/null
cmake --build --preset wasm -j "$jobs"
if [ "${1:-}" = "--with-debug" ]; then
  cmake --preset wasm-debug >/dev/null
  cmake --build --preset wasm-debug -j "$jobs"
fi

node tools/assemble-dist.mjs
