// Every test: unit (Karma + Jasmine) then end-to-end (Playwright against the production build).
import { runE2e } from './e2e.mjs';
import { runUnit } from './unit.mjs';

const unitOk = await runUnit();
const e2eOk = await runE2e();
console.log(unitOk && e2eOk ? 'All tests passed.' : 'Some tests failed.');
process.exit(unitOk && e2eOk ? 0 : 1);
