// A failed rule already fails the build; this guards against a check that silently did not run
// (rules skipped, plugin not bound): both rules must have been evaluated and passed.
def log = new File(basedir, 'build.log').text
['DependencyConvergence', 'RequireUpperBoundDeps'].each { rule ->
    if (!(log =~ /Rule \d+: \S+\.${rule} passed/).find()) {
        throw new IllegalStateException("The consumer build did not report enforcer rule ${rule} as passed; see build.log")
    }
}
return true
