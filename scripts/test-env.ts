// The environment the test files run in, for scripts/run-tests.ts and
// scripts/measure-test-costs.ts alike.
//
// Without NODE_EXTRA_CA_CERTS (a proxy's certificate authority, as on build machines):
// Node.js 20 reads it at every start, some 45 ms for Debian's bundle (22 and 24 wait until
// TLS is first used), and the tests start the built CLI thousands of times, which makes no
// connection. The tests that run npm, which may reach the registry, put it back (npmEnv in
// test/helpers/cli.ts) from DPIA_TEST_NODE_EXTRA_CA_CERTS.
export function testEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...env,
    // node:test's own marker of a child it runs (when a runner itself runs under a test):
    // with it, node:test would report in its wire format instead of the reporter asked for.
    NODE_TEST_CONTEXT: undefined,
    NODE_EXTRA_CA_CERTS: undefined,
    DPIA_TEST_NODE_EXTRA_CA_CERTS: env.DPIA_TEST_NODE_EXTRA_CA_CERTS ?? env.NODE_EXTRA_CA_CERTS,
  };
}
