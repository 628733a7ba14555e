//! Decoding arbitrary bytes never panics, and whatever decodes is self-consistent.

use classfile::bytecode::{DecodeErrorKind, Decoder, Instruction, decode_method};

/// xorshift64*: deterministic, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Checks the invariants of a successful decode: instructions tile the code exactly, every
/// target starts an instruction, and re-decoding with the iterator agrees.
fn check_consistent(code: &[u8]) -> bool {
    let decoded = match decode_method(code) {
        Ok(decoded) => decoded,
        Err(error) => {
            // Either the iterator fails at the same place, or only a target check failed.
            let iterated: Result<Vec<_>, _> = Decoder::new(code).collect();
            match iterated {
                Err(iterator_error) => assert_eq!(iterator_error, error),
                Ok(_) => assert!(matches!(
                    error.kind,
                    DecodeErrorKind::IllegalBranchTarget { .. }
                        | DecodeErrorKind::IllegalSwitchTarget { .. }
                )),
            }
            return false;
        }
    };
    let mut expected_pc = 0;
    for (index, (pc, instruction)) in decoded.instructions().iter().enumerate() {
        assert_eq!(*pc, expected_pc);
        assert_eq!(decoded.index_of(*pc), Some(index));
        expected_pc = pc + instruction.length();
        assert_eq!(decoded.next_pc(index), Some(expected_pc));
        for target in instruction.targets() {
            assert!(decoded.is_instruction_start(target), "{instruction:?}");
        }
        if let Instruction::LookupSwitch(switch) = instruction {
            for (key, target) in switch.pairs() {
                assert_eq!(switch.target_for(key), target);
            }
        }
        let _ = instruction.to_string();
    }
    assert_eq!(expected_pc as usize, code.len());
    let iterated: Vec<_> = Decoder::new(code).map(|item| item.unwrap()).collect();
    assert_eq!(iterated.as_slice(), decoded.instructions());
    true
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x0123_4567_89AB_CDEF);
    let mut accepted = 0;
    for _ in 0..300_000 {
        let len = 1 + rng.below(40);
        let code: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        if check_consistent(&code) {
            accepted += 1;
        }
        // Every error names an instruction start or 0.
        if let Err(error) = decode_method(&code) {
            assert!((error.pc as usize) < code.len());
            let _ = error.kind.inference_verifier_message(error.pc);
        }
    }
    assert!(accepted > 1000, "only {accepted} random arrays decoded");
}

#[test]
fn mostly_valid_bytes_never_panic() {
    // Bias towards small operands and real opcodes, so that switches, wide forms and
    // branches with in-range targets are exercised, not just rejected early.
    let mut rng = Rng(0xFEED_FACE_CAFE_BEEF);
    let interesting = [
        0x00, 0x01, 0x02, 0xff, 0xfe, 0x80, 0x7f, 0xaa, 0xab, 0xc4, 0x84, 0xa7,
    ];
    let mut accepted = 0;
    for _ in 0..200_000 {
        let len = 1 + rng.below(64);
        let code: Vec<u8> = (0..len)
            .map(|_| {
                if rng.below(3) == 0 {
                    interesting[rng.below(interesting.len())]
                } else {
                    (rng.next() % 0xca) as u8
                }
            })
            .collect();
        if check_consistent(&code) {
            accepted += 1;
        }
    }
    assert!(accepted > 100, "only {accepted} arrays decoded");
}
