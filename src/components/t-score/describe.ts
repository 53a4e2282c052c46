import type { Level } from '../../lib/content/levels';
import { explainCategory } from '../../model/bone-density/category-explanations';
import { tScore } from '../../model/bone-density/t-score';
import { whoCategory, type WhoCategory } from '../../model/bone-density/who-category';
import type { BoneDensitySite, Sex } from '../../model/bone-density/reference-data';
import { escapeHtml, formatNumber } from '../format';

const CATEGORY_NAMES: Record<WhoCategory, string> = { normal: 'Normal', osteopenia: 'Low bone mass (osteopenia)', osteoporosis: 'Osteoporosis' };

export interface TScoreInput {
  bmd: number;
  site: BoneDensitySite;
  sex: Sex;
}

/** T-score, category and the explanation at a reading depth, or the model's error message. */
export function evaluateTScore(input: TScoreInput, level: Level): { ok: true; t: number; category: WhoCategory; html: string } | { ok: false; message: string } {
  try {
    const t = tScore(input.bmd, input.site, input.sex);
    const category = whoCategory(t);
    const html =
      `<p><strong>T-score ${formatNumber(t, 1)}</strong>: ${escapeHtml(CATEGORY_NAMES[category])}.</p>` +
      `<p>${escapeHtml(explainCategory(category, level))}</p>`;
    return { ok: true, t, category, html };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
