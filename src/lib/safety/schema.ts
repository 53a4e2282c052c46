import { z } from 'astro/zod';

/**
 * Drug record ids and the words that name each drug in an article's prose
 * (lower case). A page whose prose uses one of these words must carry that
 * drug's `<SafetyLine drug="…" />` (src/lib/safety/safety-line-check.ts).
 */
export const DRUG_NAMES: Record<string, readonly string[]> = {
  denosumab: ['denosumab'],
  romosozumab: ['romosozumab'],
  bisphosphonates: ['bisphosphonate', 'alendronate', 'risedronate', 'zoledronic acid', 'zoledronate'],
  raloxifene: ['raloxifene'],
  teriparatide: ['teriparatide'],
  'hormone-therapy': ['hormone therapy', 'hormone replacement therapy', 'hrt'],
  abaloparatide: ['abaloparatide'],
  testosterone: ['testosterone therapy', 'testosterone treatment', 'testosterone replacement', 'testosterone gel'],
};

/** One safety line: a sentence, its source, and the risk in absolute numbers where the source gives them. */
const lineSchema = z
  .object({
    text: z.string().min(20, 'Write the safety point as a full sentence.'),
    source: z.object({ key: z.string().min(1), locator: z.string().min(3, 'Every line needs a `locator`: where in the source it is.') }).strict(),
    /** The risk in absolute terms, as the source gives it (e.g. "11 per 10,000 person-years after 4 or more years of use"). */
    absolute: z.string().min(3).optional(),
  })
  .strict();

/** A drug's safety record, content/safety/<id>.yaml (id: a key of DRUG_NAMES). */
export const safetySchema = z
  .object({
    /** The drug or class as readers know it ("Denosumab", "Bisphosphonates"). */
    drug: z.string().min(3),
    lines: z.array(lineSchema).min(1, 'Give at least one safety line.'),
  })
  .strict();

export type SafetyRecordData = z.infer<typeof safetySchema>;
