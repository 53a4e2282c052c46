import type { Processor } from 'unified';
import { ContentError } from '../content-error';
import { sourcePath } from './source-path';

/** Replaces frontmatter with blank lines so line numbers still match the file. */
export function blankFrontmatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}

/** Plain-language fixes for the MDX syntax errors authors actually make. */
function fixFor(reason: string): string {
  const closing = /closing tag for `<(\w+)>`/.exec(reason);
  if (closing) return `Close it with </${closing[1]}>, or end the opening tag with /> if it has no content (e.g. <${closing[1]} … />).`;
  if (/Unexpected closing tag/.test(reason)) return 'Remove the stray closing tag, or add the matching opening tag before it.';
  if (/Could not parse expression|Unexpected end of file in expression|acorn/i.test(reason)) {
    return 'Curly braces start JavaScript in MDX. Write a literal brace as \\{ or wrap the text in backticks.';
  }
  if (/before name|Unexpected character/.test(reason)) return 'A `<` starts a component in MDX. Write "less than" or use &lt; for a literal <.';
  return 'Check the MDX syntax at this line (components need matching open and close tags; braces start JavaScript).';
}

/**
 * Remark plugin: the MDX parse the build already does reports its syntax
 * errors (an unclosed component, a stray `{`) with the file, line and a fix in
 * Strata's own format instead of a parser trace. It wraps the processor's
 * parser (set by remark-parse, which MDX runs first), so no second parser
 * reads the file.
 *
 * @throws ContentError naming `file:line`.
 */
export function remarkSyntaxErrors(this: Processor) {
  const parse = this.parser;
  if (!parse) return;
  this.parser = (document, file) => {
    try {
      return parse(document, file);
    } catch (error) {
      throw syntaxError(error, sourcePath(file));
    }
  };
}

/** A parser error as a ContentError naming the file and line. */
function syntaxError(error: unknown, file: string): ContentError {
  const cause = error as { reason?: string; message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
  const reason = cause.reason ?? cause.message ?? String(error);
  const line = cause.line ?? cause.place?.line ?? cause.place?.start?.line;
  return new ContentError([{ file, line: line ?? undefined, message: `MDX syntax error: ${reason}`, hint: fixFor(reason) }]);
}
