import type { WhoCategory } from './who-category';

/**
 * The three reading depths (src/lib/content/levels.ts has the same list; the
 * model imports nothing from src/lib, and TypeScript checks that the two agree
 * wherever a page passes its depth here).
 */
type Level = 'fundamentals' | 'intermediate' | 'academic';

/**
 * A short explanation of each WHO category at each reading depth. Plain
 * text (no Markdown), one to three sentences, for tooltips, widget output and
 * the text equivalent of charts. Fundamentals aims at US grade 8 or lower.
 */
export const CATEGORY_EXPLANATIONS: Readonly<Record<WhoCategory, Readonly<Record<Level, string>>>> = {
  normal: {
    fundamentals:
      'Your bone density is in the normal range. It is close to, or above, that of a healthy young adult. This lowers the chance of a broken bone, but other things, like falls, still matter.',
    intermediate:
      'Normal: a T-score of −1.0 or higher, meaning BMD is no more than 1 standard deviation below the young-adult mean. Fracture risk still depends on age, previous fractures, falls and other risk factors.',
    academic:
      'Normal (WHO 1994): T ≥ −1.0 against the NHANES III white-female reference (ISCD: also for men). Fracture probability is continuous in BMD and modified by clinical risk factors; a normal T-score does not exclude high absolute risk (cf. FRAX).',
  },
  osteopenia: {
    fundamentals:
      'Your bone density is lower than that of a healthy young adult, but not low enough to be called osteoporosis. Doctors call this "low bone mass" or "osteopenia". It is common, and it is not a disease on its own.',
    intermediate:
      'Osteopenia (low bone mass): a T-score between −1.0 and −2.5, that is, BMD 1 to 2.5 standard deviations below the young-adult mean. Decisions about treatment usually weigh overall fracture risk, not the T-score alone.',
    academic:
      'Low bone mass (WHO 1994 "osteopenia"): −2.5 < T < −1.0. A descriptive band, not a diagnosis; guidelines base treatment on estimated fracture risk rather than on this band alone.',
  },
  osteoporosis: {
    fundamentals:
      'Your bone density is in the osteoporosis range. Your bones are thinner than normal, so they can break more easily, even after a small fall. There are medicines and other steps that can lower this risk.',
    intermediate:
      'Osteoporosis: a T-score of −2.5 or lower, meaning BMD at least 2.5 standard deviations below the young-adult mean. With a fragility fracture as well, it is called severe or established osteoporosis.',
    academic:
      'Osteoporosis (WHO 1994): T ≤ −2.5 at the femoral neck, total hip or lumbar spine in postmenopausal women and men aged ≥ 50 (ISCD); "severe" if a fragility fracture is present. The WHO reference standard is the femoral neck T-score against NHANES III women aged 20–29.',
  },
};

/**
 * The explanation of a WHO category at a reading depth.
 *
 * @example explainCategory('osteopenia', 'fundamentals') // 'Your bone density is lower than …'
 */
export function explainCategory(category: WhoCategory, level: Level): string {
  const text = CATEGORY_EXPLANATIONS[category]?.[level];
  if (text === undefined) throw new RangeError(`No explanation for category "${category}" at level "${level}".`);
  return text;
}
