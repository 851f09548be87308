#!/usr/bin/env bash
# Installs what Précis needs on a Debian machine, only when it is missing. Idempotent and quiet
# when everything is already there, so `npm start` and `npm test` can call it every time.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v cmake >/dev/null || need+=(cmake)
command -v g++ >/dev/null || need+=(g++)
command -v em++ >/dev/null || need+=(emscripten)
command -v chromium >/dev/null || need+=(chromium)
command -v clang-14 >/dev/null || need+=(clang-14)
[ -f /usr/include/catch2/catch.hpp ] || need+=(catch2)
[ -f /usr/include/nlohmann/json.hpp ] || need+=(nlohmann-json3-dev)
[ -d /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux ] || need+=(libclang-rt-14-dev)
command -v brotli >/dev/null || need+=(brotli)

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
