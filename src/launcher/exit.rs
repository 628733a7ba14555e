//! How the launcher ends early: the text for each stream and the exit status.

use std::io::Write;

/// The two lines HotSpot's launcher prints when the VM could not be created.
pub const COULD_NOT_CREATE_VM: &str = "Error: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.\n";

/// The end of a launch that did not run a program: what goes to stdout and stderr, and the
/// process exit status.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Exit {
    /// Text for standard output (complete lines unless HotSpot leaves a line open).
    pub stdout: String,
    /// Text for standard error.
    pub stderr: String,
    /// The process exit status.
    pub code: i32,
}

impl Exit {
    /// A launcher error: `message` and a line break on stderr, status 1.
    pub fn error(message: impl Into<String>) -> Exit {
        let mut stderr = message.into();
        stderr.push('\n');
        Exit {
            stdout: String::new(),
            stderr,
            code: 1,
        }
    }

    /// A VM option HotSpot rejects while creating the VM: `message` (which ends with its own
    /// line break, or deliberately without one) then the two "Could not create" lines.
    pub fn vm_rejected(message: impl Into<String>) -> Exit {
        let mut stderr = message.into();
        stderr.push_str(COULD_NOT_CREATE_VM);
        Exit {
            stdout: String::new(),
            stderr,
            code: 1,
        }
    }

    /// A failure during VM initialisation, which HotSpot prints on stdout as
    /// `Error occurred during initialization of VM` and the reason.
    pub fn vm_init_failed(reason: &str) -> Exit {
        Exit {
            stdout: format!("Error occurred during initialization of VM\n{reason}\n"),
            stderr: String::new(),
            code: 1,
        }
    }

    /// Puts `note` (a line printed earlier by the launcher) in front of the stderr text.
    pub fn with_note(mut self, note: &str) -> Exit {
        self.stderr.insert(0, '\n');
        self.stderr.insert_str(0, note);
        self
    }

    /// Writes both texts and returns the status for the process.
    pub fn emit(&self) -> i32 {
        // A closed stream cannot be reported anywhere; the status still is.
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(self.stdout.as_bytes());
        let _ = out.flush();
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(self.stderr.as_bytes());
        let _ = err.flush();
        self.code
    }
}
