import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { throwIfProblems } from '../content-error';
import { sourcePath } from './source-path';

/** The message's line, or the nearest ancestor's (KaTeX reports on the inner `<code>`, which has no position). */
function lineOf(message: VFileMessage): number | undefined {
  if (message.line) return message.line;
  const ancestors = (message.ancestors ?? []) as Array<{ position?: { start: { line: number } } }>;
  for (const node of [...ancestors].reverse()) if (node.position) return node.position.start.line;
  return undefined;
}

/**
 * Rehype plugin, placed after rehype-katex: KaTeX reports formulas it cannot
 * parse as file messages and renders them as red text. A medical page must
 * never show a broken formula, so each such message fails the build.
 */
export function rehypeFailOnMathErrors() {
  return (_tree: Root, file: VFile) => {
    const mathErrors = file.messages.filter((m) => m.source === 'rehype-katex');
    throwIfProblems(
      mathErrors.map((m) => ({
        file: sourcePath(file),
        line: lineOf(m),
        message: `KaTeX cannot render this formula: ${String(m.cause instanceof Error ? m.cause.message : m.reason)}`,
        hint: 'Fix the LaTeX between the `$` or `$$` delimiters; KaTeX supports a subset of LaTeX (see katex.org/docs/supported).',
      })),
    );
  };
}
