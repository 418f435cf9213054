// Every test: the import rules, unit (Karma + Jasmine), then end-to-end (Playwright against the
// production build).
import { runArchitecture } from './architecture.mjs';
import { runE2e } from './e2e.mjs';
import { runUnit } from './unit.mjs';

const architectureOk = runArchitecture();
const unitOk = await runUnit();
const e2eOk = await runE2e();
const ok = architectureOk && unitOk && e2eOk;
console.log(ok ? 'All tests passed.' : 'Some tests failed.');
process.exit(ok ? 0 : 1);
