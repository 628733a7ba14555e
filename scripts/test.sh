#!/usr/bin/env bash
# The whole test suite of Cortado: formatting, lints, and every test of every crate.
# This is the README's test command; `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo test --workspace
# The collector's stress mode (a collection every 25 allocations, moving every object) over a
# CI-sized subset of the conformance suite; the whole suite under stress is the scheduled run
# described in the README.
CORTADO_GC_STRESS=25 CONFORMANCE_FILTER=References,IdentityHashStable,OutOfMemoryCaught,WeakHashMapCollect,CleanerAndFinalizers,InternAcrossCollections,JsrRetSubroutines,InternedStringsCollected,SoftReferencePolicy,FinalizerRegistration,ReferenceQueueCounts,ArraycopyBarrier,Uncaught,StackTrace,CustomExceptions,TryCatchFinally,StringBuilderOps,StringMethods,CompactStrings,HashMapOps,TreeMapOps,ArrayDequeOps,LinkedListOps,PriorityQueueOps,ThreadStress,GcWithThreads,ProducerConsumer,SynchronizedCounter,LambdasBasic,ProcessOutput,SocketEcho,SocketChannels \
    cargo test -p conformance --test suite
