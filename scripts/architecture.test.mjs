// Checks the import rules of scripts/architecture.mjs on small planted trees:
// `node --test scripts/architecture.test.mjs`.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { architectureProblems } from './architecture.mjs';

const roots = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** An app folder holding `files` (path → source), with the imports those sources name. */
function app(files) {
  const root = mkdtempSync(join(tmpdir(), 'tend-architecture-'));
  roots.push(root);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  return architectureProblems(root);
}

const repository = { 'check-in/data/tag-repository.ts': 'export class TagRepository {}\n' };

const broken = [
  [
    "another feature's repository",
    { ...repository, 'journal/state/x.effects.ts': "import { TagRepository } from '../../check-in/data/tag-repository';\n" },
    /journal\/state\/x\.effects\.ts imports check-in\/data\/tag-repository: another feature's data\/ is never imported/,
  ],
  [
    "another feature's data/ reached with import()",
    { ...repository, 'journal/ui/page.ts': "const load = () => import('../../check-in/data/tag-repository');\n" },
    /another feature's data\/ is never imported/,
  ],
  [
    'a repository exported from an index',
    { ...repository, 'check-in/index.ts': "export { TagRepository } from './data/tag-repository';\n" },
    /check-in\/index\.ts imports check-in\/data\/tag-repository: a feature's index\.ts exports actions, selectors and domain types, never a repository/,
  ],
  [
    "another feature's state outside its index",
    { 'check-in/state/x.ts': 'export const x = 1;\n', 'journal/state/y.ts': "import { x } from '../../check-in/state/x';\n" },
    /reached through its index\.ts \(or a listed entry point\), not check-in\/state\/x/,
  ],
  [
    'a layer importing the one above',
    { 'journal/state/x.ts': 'export const x = 1;\n', 'journal/data/y.ts': "import { x } from '../state/x';\n" },
    /data may not import state/,
  ],
  ['shared importing a feature', { 'check-in/index.ts': '', 'shared/x.ts': "import '../check-in';\n" }, /shared never imports a feature/],
];
for (const [what, files, problem] of broken) {
  test(`reports ${what}`, () => {
    const { problems } = app(files);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], problem);
  });
}

test('accepts an index, a listed entry point, and specs and testing helpers that reach further', () => {
  const { checked, problems } = app({
    ...repository,
    'check-in/index.ts': "export * from './domain';\n",
    'check-in/domain/index.ts': 'export const day = 1;\n',
    'check-in/import-port.ts': "export { TagRepository } from './data/tag-repository';\n",
    'journal/state/x.ts': "import { day } from '../../check-in';\nimport { TagRepository } from '../../check-in/import-port';\n",
    'journal/data/x.spec.ts': "import { TagRepository } from '../../check-in/data/tag-repository';\n",
    'journal/testing/fixtures.ts': "import { TagRepository } from '../../check-in/data/tag-repository';\n",
  });
  assert.deepEqual(problems, []);
  assert.equal(checked, 4);
});
