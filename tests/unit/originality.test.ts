/**
 * Every sentence on the site is written here: no run of 10+ words may repeat
 * a seed article. The checker lives beside the repository (../shared/tools);
 * where it is absent (a clone without the workspace), the test says so and skips.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/pipeline';

const tool = path.resolve(ROOT, '..', 'shared', 'tools', 'seed-overlap.mjs');

test.skipIf(!existsSync(tool))('no 10-word run of content repeats the seed articles', () => {
  const run = spawnSync(process.execPath, [tool, 'content'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stdout + run.stderr).toBe(0);
});
