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

/** `<topic>#<section-id>`: lower-case words joined by hyphens on both sides of one `#`. */
export const DETAILS_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A drug's safety record, content/safety/<id>.yaml (id: a key of DRUG_NAMES). */
export const safetySchema = z
  .object({
    /** The drug or class as readers know it ("Denosumab", "Bisphosphonates"). */
    drug: z.string().min(3),
    lines: z.array(lineSchema).min(1, 'Give at least one safety line.'),
    /**
     * Where the drug's full safety content lives: `<topic>#<section-id>`, a
     * section the topic has at every depth. Each safety line links there, at
     * the reader's depth (checked against the articles' sections by
     * src/lib/safety/safety-details-check.ts).
     */
    details: z
      .string()
      .regex(DETAILS_PATTERN, 'Write `details` as `<topic>#<section-id>`, e.g. `bisphosphonates-denosumab#atypical-femur-fracture`.')
      .optional(),
  })
  .strict();

/** The topic and section id of a `details` value (`<topic>#<section-id>`). */
export function splitDetails(details: string): { topic: string; id: string } {
  const [topic = '', id = ''] = details.split('#');
  return { topic, id };
}

export type SafetyRecordData = z.infer<typeof safetySchema>;
