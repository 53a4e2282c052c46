/** The three reading depths, in order from plain language to specialist. */
export const LEVELS = ['fundamentals', 'intermediate', 'academic'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = {
  fundamentals: 'Fundamentals',
  intermediate: 'Intermediate',
  academic: 'Academic',
};

/** One sentence on who each depth is written for. */
export const LEVEL_AUDIENCES: Record<Level, string> = {
  fundamentals: 'Plain language for patients and the public; every technical word is explained.',
  intermediate: 'Mechanisms, numbers and tables for nurses, students and informed readers.',
  academic: 'Molecular detail, trial design and effect sizes with confidence intervals, for clinicians and researchers.',
};

/** Splits a glob-loader id such as `estrogen-dose/academic` into topic and level. */
export function parseArticleId(id: string): { topic: string; level: Level } {
  const [topic, level] = id.split('/');
  if (!topic || !LEVELS.includes(level as Level)) throw new Error(`Article id "${id}" is not <topic>/<level>.`);
  return { topic, level: level as Level };
}

/**
 * The reading depth of a page from its address: the depth segment of an
 * article or its print views (`/topics/x/academic/`, `/print/x/academic/y/`),
 * Fundamentals for a start page (`/start/…`, written at that depth only),
 * undefined for any other page.
 */
export function levelOfPath(pathname: string): Level | undefined {
  const segments = pathname.split('/');
  return LEVELS.find((level) => segments.includes(level)) ?? (segments[1] === 'start' ? 'fundamentals' : undefined);
}
