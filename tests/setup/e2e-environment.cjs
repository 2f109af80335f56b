// The end-to-end tests' environment: Node's, plus a flag the harness reads after each test
// (`__e2eTestFailed`), so a failed step leaves the pages as they were for the log (e2e/harness.ts).
const { TestEnvironment } = require('jest-environment-node')

class E2eEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name === 'test_start') this.global.__e2eTestFailed = false
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') this.global.__e2eTestFailed = true
  }
}

module.exports = E2eEnvironment
