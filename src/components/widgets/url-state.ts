/**
 * Widget state in the URL, so a clinician can send a link that opens a widget
 * exactly as they set it. Parsing is strict and never throws: a missing
 * parameter takes its default; a malformed or out-of-range one is ignored,
 * with a reason the widget shows the reader. Values are only ever treated as
 * text, never as markup.
 */

export type ParamSpec =
  | { kind: 'number'; label: string; min: number; max: number; fallback: number; /** Allowed values, if the input is a fixed set. */ choices?: readonly number[] }
  | { kind: 'choice'; label: string; choices: readonly string[]; fallback: string };

export type ParamSpecs = Record<string, ParamSpec>;
export type ParamValues<S extends ParamSpecs> = { [K in keyof S]: S[K] extends { kind: 'number' } ? number : string };

export interface IgnoredParam {
  param: string;
  reason: string;
}

const MAX_SHOWN = 24;

/** Shortens a raw value for display in a message (the caller shows it as text). */
function shown(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ');
  return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN)}…` : flat;
}

/** Reads the parameters named in `specs`; unknown parameters are left alone. */
export function parseParams<S extends ParamSpecs>(params: URLSearchParams, specs: S): { values: ParamValues<S>; ignored: IgnoredParam[] } {
  const values = {} as Record<string, number | string>;
  const ignored: IgnoredParam[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    values[name] = spec.fallback;
    const raw = params.get(name);
    if (raw === null) continue;
    if (spec.kind === 'choice') {
      if (spec.choices.includes(raw)) values[name] = raw;
      else ignored.push({ param: name, reason: `${spec.label} must be one of ${spec.choices.join(', ')}; got "${shown(raw)}".` });
      continue;
    }
    const number = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isFinite(number)) {
      ignored.push({ param: name, reason: `${spec.label} must be a number; got "${shown(raw)}".` });
    } else if (number < spec.min || number > spec.max) {
      ignored.push({ param: name, reason: `${spec.label} must be between ${spec.min} and ${spec.max}; got ${shown(raw)}.` });
    } else if (spec.choices && !spec.choices.some((c) => Math.abs(c - number) < 1e-9)) {
      ignored.push({ param: name, reason: `${spec.label} must be one of ${spec.choices.join(', ')}; got ${shown(raw)}.` });
    } else {
      values[name] = number;
    }
  }
  return { values: values as ParamValues<S>, ignored };
}

/** Writes `values` into `params` (replacing the widget's own names only). */
export function writeParams<S extends ParamSpecs>(params: URLSearchParams, specs: S, values: ParamValues<S>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.keys(specs)) next.set(name, String(values[name]));
  return next;
}

/** One sentence for the reader listing what was ignored, or '' if nothing was. */
export function describeIgnored(ignored: IgnoredParam[]): string {
  if (ignored.length === 0) return '';
  return `Some settings in this link could not be used, so defaults are shown instead. ${ignored.map((i) => i.reason).join(' ')}`;
}
