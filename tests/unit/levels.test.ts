import { describe, expect, test } from 'vitest';
import { levelOfPath } from '../../src/lib/content/levels';

describe('levelOfPath: the reading depth of a page from its address', () => {
  test.each([
    ['/topics/estrogen-dose/academic/', 'academic'],
    ['/print/estrogen-dose/intermediate/ultra-low-dose/', 'intermediate'],
    ['/topics/estrogen-dose/fundamentals/', 'fundamentals'],
    ['/start/osteopenia/', 'fundamentals'],
    ['/evidence/alendronate-fractures/', undefined],
    ['/', undefined],
  ])('%s → %s', (path, level) => {
    expect(levelOfPath(path)).toBe(level);
  });
});
