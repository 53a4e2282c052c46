/** Words run together by inline markup, in what a reader sees (see ../../run-together.ts for the rule and its allow list). */
import { findRunTogether } from '../../run-together';
import type { PageCheck } from '../visit';

export const runTogether: PageCheck = {
  name: 'run-together',
  phase: 'screen',
  async run({ page }) {
    return (await page.evaluate(findRunTogether)).map((p) => `words run together: ${p}`);
  },
};
