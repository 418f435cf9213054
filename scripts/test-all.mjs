// Every test: the import rules (first their own test on planted trees), unit (Karma + Jasmine),
// then end-to-end (Playwright against the production build).
import { runArchitecture } from './architecture.mjs';
import { runE2e } from './e2e.mjs';
import { run } from './run.mjs';
import { runUnit } from './unit.mjs';

const rulesOk = (await run('node', ['--test', '--test-reporter=dot', 'scripts/architecture.test.mjs'])) === 0;
const architectureOk = runArchitecture() && rulesOk;
const unitOk = await runUnit();
const e2eOk = await runE2e();
const ok = architectureOk && unitOk && e2eOk;
console.log(ok ? 'All tests passed.' : 'Some tests failed.');
process.exit(ok ? 0 : 1);
