import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../content-dir';
import type { ContentProblem } from '../content-error';
import { parseYamlRecord } from '../yaml-record';
import { depthGapsSchema, type DepthGap } from './schema';

/** A declared gap with where it was declared, for messages. */
export interface DeclaredDepthGap extends DepthGap {
  file: string;
  line?: number;
  /** Line of `goTo.<depth>`, per depth. */
  goToLines: Partial<Record<string, number>>;
}

export const DEPTH_GAPS_HINT = 'See "Depth gaps" in content/README.md.';

/** Validates the text of a depth-gaps file; `file` is its path for messages. */
export function parseDepthGaps(text: string, file: string): { gaps: DeclaredDepthGap[]; problems: ContentProblem[] } {
  const { data, problems, lineOf } = parseYamlRecord(text, file, depthGapsSchema, DEPTH_GAPS_HINT);
  if (!data) return { gaps: [], problems };
  const gaps = data.gaps.map((gap, i) => ({
    ...gap,
    file,
    line: lineOf(['gaps', i]),
    goToLines: Object.fromEntries(Object.keys(gap.goTo).map((level) => [level, lineOf(['gaps', i, 'goTo', level])])),
  }));
  return { gaps, problems };
}

/** Loads content/depth-gaps.yaml (no file: no declared gaps). */
export function loadDepthGaps(root: string): { gaps: DeclaredDepthGap[]; problems: ContentProblem[] } {
  const absolute = path.join(contentDir(root), 'depth-gaps.yaml');
  if (!existsSync(absolute)) return { gaps: [], problems: [] };
  return parseDepthGaps(readFileSync(absolute, 'utf8'), path.join('content', 'depth-gaps.yaml'));
}
