// The import rules of docs/ARCHITECTURE.md, checked on the source; prints "architecture: N imports
// checked, N broken" and each broken rule. Specs and `testing/` helpers may reach into other
// features to set up state, so only the app's own code is checked.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Layers inside a feature, lowest first: each imports only its own layer and those below. */
const LAYERS = ['domain', 'data', 'state', 'ui'];
/** Folders every feature may use, and which never import a feature themselves. */
const BASE = new Set(['core', 'shared']);
/**
 * Besides a feature's `index.ts` and its `domain/index.ts`: entry points other features may import,
 * each kept apart from the index so that Today's first screen does not load it. None is in a
 * `data/` folder: a repository is never imported by another feature.
 */
const ENTRY_POINTS = new Set([
  'assessments/scoring',
  'assessments/domain/instruments',
  'check-in/domain/check-in-csv',
  'check-in/domain/check-in-day-rule',
  // Writes to the check-in stores that other features ask for: a tag, an import's check-ins and tags.
  'check-in/tag-writes',
  'check-in/import-port',
  // The import's success, which the check-in state takes in.
  'journal/state/daylio-import-db.actions',
]);
/** The composition root wires every feature's routes and providers. */
const ROOT_FILES = new Set(['app.ts', 'app.config.ts', 'app.routes.ts']);

export function architectureProblems(appDir = 'src/app') {
  const root = resolve(appDir);
  const problems = [];
  let checked = 0;
  for (const file of sourceFiles(root)) {
    const from = relative(root, file).split('/');
    if (ROOT_FILES.has(from.join('/'))) continue;
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
      const to = relative(root, resolve(dirname(file), specifier)).split('/');
      if (to[0] === '..') continue;
      checked++;
      const problem = ruleBroken(from, to);
      if (problem) problems.push(`${from.join('/')} imports ${to.join('/')}: ${problem}`);
    }
  }
  return { checked, problems };
}

function ruleBroken(from, to) {
  const [fromArea, fromLayer] = from;
  const [toArea, toLayer] = to;
  if (fromArea === toArea) {
    if (fromLayer === 'index.ts' && toLayer === 'data') {
      return "a feature's index.ts exports actions, selectors and domain types, never a repository (data/)";
    }
    const a = LAYERS.indexOf(fromLayer);
    const b = LAYERS.indexOf(toLayer);
    return a >= 0 && b > a ? `${fromLayer} may not import ${toLayer} (ui → state → data → domain)` : null;
  }
  if (BASE.has(toArea)) return null;
  if (BASE.has(fromArea)) return `${fromArea} never imports a feature`;
  if (toLayer === 'data') {
    return `another feature's data/ is never imported: only the owner's repository writes its stores (dispatch its actions, or use its write entry point)`;
  }
  const path = to.join('/').replace(/\/index$/, '');
  if (path === toArea || path === `${toArea}/domain` || ENTRY_POINTS.has(path)) return null;
  return `another feature is reached through its index.ts (or a listed entry point), not ${path}`;
}

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'testing') yield* sourceFiles(path);
    } else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) {
      yield path;
    }
  }
}

function relativeImports(source) {
  const specifiers = [];
  for (const match of source.matchAll(/(?:import|export)\s[^;]*?from\s*'(\.[^']*)'|import\(\s*'(\.[^']*)'\s*\)|import\s+'(\.[^']*)'/g)) {
    specifiers.push(match[1] ?? match[2] ?? match[3]);
  }
  return specifiers;
}

export function runArchitecture() {
  const { checked, problems } = architectureProblems();
  problems.forEach((problem) => console.log(`  ${problem}`));
  console.log(`architecture: ${checked} imports checked, ${problems.length} broken`);
  return checked > 0 && problems.length === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(runArchitecture() ? 0 : 1);
