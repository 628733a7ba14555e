//! Class path sources: the JDK's module image, jar files and directories.

pub mod jimage;
