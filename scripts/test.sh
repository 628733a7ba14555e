#!/usr/bin/env bash
# The whole test suite of Cortado: formatting, lints, and every test of every crate.
# This is the README's test command; `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo test --workspace
