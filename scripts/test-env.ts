// The environment the test files run in, for scripts/run-tests.ts and
// scripts/measure-test-costs.ts alike.
//
// Without NODE_EXTRA_CA_CERTS (a proxy's certificate authority, as on build machines):
// Node.js 20 reads it at every start, some 45 ms for Debian's bundle (22 and 24 wait until
// TLS is first used), and the tests start the built CLI some 500 times a run, which makes no
// connection. The tests that run npm, which may reach the registry, put it back (npmEnv).
const KEPT_CERTS = 'DPIA_TEST_NODE_EXTRA_CA_CERTS';

export function testEnv(): NodeJS.ProcessEnv {
  const env = process.env;
  return {
    ...env,
    // node:test's own marker of a child it runs (when a runner itself runs under a test):
    // with it, node:test would report in its wire format instead of the reporter asked for.
    NODE_TEST_CONTEXT: undefined,
    NODE_EXTRA_CA_CERTS: undefined,
    [KEPT_CERTS]: env[KEPT_CERTS] ?? env.NODE_EXTRA_CA_CERTS,
  };
}

/** For a test that runs npm, which may reach the registry: this process's environment with the NODE_EXTRA_CA_CERTS testEnv kept aside, if it did. */
export function npmEnv(): NodeJS.ProcessEnv {
  const certs = process.env[KEPT_CERTS];
  return certs === undefined || certs === '' ? process.env : { ...process.env, NODE_EXTRA_CA_CERTS: certs };
}
