import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from './content-error';

/** A zod/YAML path as authors read it: `['arms', 1, 'n']` → `arms[1].n`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

/** A parsed YAML file: the validated data (when valid), its problems, and the line of any field path. */
export interface YamlRecord<T> {
  data?: T;
  problems: ContentProblem[];
  lineOf: (parts: ReadonlyArray<PropertyKey>) => number | undefined;
}

/** A YAML document with a way to find the line of any field path, or its syntax errors as problems. */
export interface LocatedYaml {
  /** The document as plain data (undefined when it has syntax errors). */
  raw?: unknown;
  problems: ContentProblem[];
  lineOf: (parts: ReadonlyArray<PropertyKey>) => number | undefined;
}

/**
 * Parses YAML keeping line positions: `lineOf(path)` gives the line of the
 * deepest node of `path` that exists (so a missing field points at its
 * parent). Syntax errors come back as problems with file and line.
 */
export function parseLocatedYaml(text: string, file: string, hint?: string): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (parts: ReadonlyArray<PropertyKey>) => {
    for (let n = parts.length; n >= 0; n--) {
      const node = doc.getIn(parts.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  if (doc.errors.length > 0) {
    return { lineOf, problems: doc.errors.map((e) => ({ file, line: lineCounter.linePos(e.pos[0]).line, message: `YAML syntax error: ${e.message.split('\n')[0]}`, ...(hint ? { hint } : {}) })) };
  }
  return { raw: doc.toJS(), problems: [], lineOf };
}

/**
 * Parses one YAML file and validates it with a zod schema. Syntax errors and
 * schema errors come back as problems naming the file, the line and the field
 * path, with `hint` as the fix (`syntaxHint`, if given, for syntax errors).
 */
export function parseYamlRecord<S extends z.ZodType>(text: string, file: string, schema: S, hint: string, syntaxHint?: string): YamlRecord<z.infer<S>> {
  const { raw, problems, lineOf } = parseLocatedYaml(text, file, syntaxHint);
  if (problems.length > 0) return { lineOf, problems };
  const result = schema.safeParse(raw);
  if (!result.success) {
    return {
      lineOf,
      problems: result.error.issues.map((issue) => ({ file, line: lineOf(issue.path), field: fieldPath(issue.path) || undefined, message: issue.message, hint })),
    };
  }
  return { data: result.data, problems: [], lineOf };
}
