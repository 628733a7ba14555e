//! Root and object enumeration for the collector: a marking traversal from the VM's global
//! roots and the thread's roots reaches exactly the objects a program keeps, and every
//! reference it meets points at a well-formed object in the heap.

mod common;

use std::collections::HashSet;

use common::TempDir;
use common::java::{javac, vm};
use runtime::oops::ObjRef;

#[test]
fn marking_from_the_roots_reaches_every_live_object() {
    let dir = TempDir::new("roots");
    dir.write(
        "Keep.java",
        "public class Keep { static class Node { Node next; int[] data; String name; } \
         static Node head; static Object[] table = new Object[3]; \
         static int build() { for (int i = 0; i < 1000; i++) { Node n = new Node(); n.next = head; n.data = new int[i % 7]; n.name = \"n\"; head = n; } \
         table[1] = new long[5]; table[2] = head.next; return 1000; } }",
    );
    javac(dir.path(), &[dir.path().join("Keep.java")], &[]);
    let vm = vm(dir.path());
    vm.call_static("Keep", "build", "()I", &[]).unwrap();
    let state = vm.state().clone();
    let classes: HashSet<usize> = state
        .loaded_classes()
        .iter()
        .map(|k| *k as *const runtime::klass::Klass as usize)
        .collect();
    let mut marked: HashSet<u64> = HashSet::new();
    let mut stack: Vec<u64> = Vec::new();
    let mut root = |addr: u64| {
        stack.push(addr);
        addr
    };
    runtime::roots::visit_global_roots(&state, &mut root);
    vm.with_thread(|t| {
        runtime::interpreter::visit_roots(t, |slot| {
            if *slot != 0 {
                stack.push(*slot);
            }
        })
    });
    let mut nodes = 0;
    while let Some(addr) = stack.pop() {
        if !marked.insert(addr) {
            continue;
        }
        assert!(
            state.heap.contains(addr as usize),
            "{addr:#x} is not in the heap"
        );
        let obj = ObjRef::from_addr(addr as usize).expect("non-null");
        let k = obj.klass();
        assert!(
            classes.contains(&(k as *const runtime::klass::Klass as usize)),
            "unknown class pointer"
        );
        if k.name == "Keep$Node" {
            nodes += 1;
        }
        runtime::roots::visit_object_references(obj, &mut |offset| {
            if let Some(r) = obj.get_ref(offset) {
                stack.push(r.addr() as u64);
            }
        });
    }
    assert_eq!(nodes, 1000, "every node of the list is reachable");
    assert!(marked.len() > 2000, "{} objects marked", marked.len());
    assert!(
        marked.len() * 16 <= state.heap.used(),
        "marking stays within allocated memory"
    );
}
