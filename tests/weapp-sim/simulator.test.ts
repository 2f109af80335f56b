import { startSim, type Sim } from './harness/ui'
import { flowsSuite } from './suites/flows'
import { navigationSuite } from './suites/navigation'
import { pagesSuite } from './suites/pages'

/**
 * The production weapp build in WeChat's simulator (miniprogram-simulate), driven against the
 * real backend. One file, one process: each page is loaded once and opened as often as needed.
 */
// Flows take many taps, each waiting for the page to re-render and the backend to answer.
jest.setTimeout(60_000)

let sim: Sim

beforeAll(async () => {
  sim = await startSim()
}, 60_000)

afterAll(async () => {
  await sim?.backend.stop()
})

pagesSuite(() => sim)
flowsSuite(() => sim)
navigationSuite(() => sim)
