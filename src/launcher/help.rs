//! The usage texts of `-help` and `-X`, in the layout `java` uses, listing what Cortado accepts.

/// The text of `-help`/`--help` (and of a launch that names no program).
pub const USAGE: &str = "\
Usage: cortado [options] <mainclass> [args...]
           (to execute a class)
   or  cortado [options] -jar <jarfile> [args...]
           (to execute a jar file)

 Arguments following the main class or -jar <jarfile> are passed as the
 arguments to the main class. Cortado is a Java Virtual Machine: it runs
 the class library of the JDK 17 found with --java-home or JAVA_HOME.

 where options include:

    -cp <class search path of directories and zip/jar files>
    -classpath <class search path of directories and zip/jar files>
    --class-path <class search path of directories and zip/jar files>
                  A : separated list of directories, JAR archives,
                  and ZIP archives to search for class files.
                  A directory followed by /* stands for its JAR files.
    --java-home <directory>
                  the JDK 17 whose class library Cortado runs
                  (default: $JAVA_HOME, then the system's JDK 17)
    -p <module path>
    --module-path <module path>...
                  A : separated list of directories of modules
    --upgrade-module-path <module path>...
                  directories of modules that replace upgradeable modules
    --add-modules <module name>[,<module name>...]
                  root modules to resolve in addition to the initial module
    --dry-run     create the VM and load the main class but do not run it
    -D<name>=<value>
                  set a system property
    -verbose:[class|module|gc|jni]
                  enable verbose output for the given subsystem
    -version      print product version to the error stream and exit
    --version     print product version to the output stream and exit
    -showversion  print product version to the error stream and continue
    --show-version
                  print product version to the output stream and continue
    -? -h -help
                  print this help message to the error stream
    --help        print this help message to the output stream
    -X            print help on extra options to the error stream
    --help-extra  print help on extra options to the output stream
    -ea[:<packagename>...|:<classname>]
    -enableassertions[:<packagename>...|:<classname>]
                  enable assertions with specified granularity
    -da[:<packagename>...|:<classname>]
    -disableassertions[:<packagename>...|:<classname>]
                  disable assertions with specified granularity
    -esa | -enablesystemassertions
                  enable system assertions
    -dsa | -disablesystemassertions
                  disable system assertions
    @argument files
                  one or more argument files containing options
    --enable-preview
                  allow classes to depend on preview features of this release
To specify an argument for a long option, you can use --<name>=<value> or
--<name> <value>.

";

/// The text of `-X`/`--help-extra`.
pub const EXTRA_USAGE: &str = "
    -Xbatch           disable background compilation
    -Xbootclasspath/a:<directories and zip/jar files separated by :>
                      append to end of bootstrap class path
    -Xcheck:jni       perform additional checks for JNI functions
    -Xcomp            compile every method before its first invocation
    -Xdebug           does nothing; accepted for compatibility
    -Xint             interpreted mode execution only
    -Xlog:<opts>      configure or enable the VM's logging, e.g. -Xlog:gc
    -Xmixed           interpret, then compile hot methods (default)
    -Xmn<size>        sets the initial and maximum size (in bytes) of the heap
                      for the young generation (nursery)
    -Xms<size>        set initial Java heap size
    -Xmx<size>        set maximum Java heap size
    -Xnoclassgc       disable class garbage collection
    -Xrs              reduce use of OS signals by Java/VM
    -Xshare:auto|on|off
                      class data sharing mode (Cortado has no shared archive)
    -Xss<size>        set Java thread stack size
    -Xverify:remote|all|none
                      which classes the bytecode verifier checks
                      (none is deprecated)
    -XX:+<flag> -XX:-<flag> -XX:<flag>=<value>
                      set a VM flag; Cortado accepts UseSerialGC,
                      PrintCompilation, TieredStopAtLevel, MaxHeapSize,
                      SoftRefLRUPolicyMSPerMB and a few others
    --add-reads <module>=<target-module>(,<target-module>)*
                      updates <module> to read <target-module>, regardless
                      of module declaration.
    --add-exports <module>/<package>=<target-module>(,<target-module>)*
                      updates <module> to export <package> to <target-module>,
                      regardless of module declaration.
    --add-opens <module>/<package>=<target-module>(,<target-module>)*
                      updates <module> to open <package> to
                      <target-module>, regardless of module declaration.
    --limit-modules <module name>[,<module name>...]
                      limit the universe of observable modules
    --patch-module <module>=<file>(:<file>)*
                      override or augment a module with classes and resources
                      in JAR files or directories.

The -X options are non-standard and subject to change without notice.
";
