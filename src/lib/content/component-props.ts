import { LEVELS } from './levels';

/**
 * The components an article may use, and the literal props each widget
 * accepts, checked at build time so an out-of-range example value fails the
 * build at its MDX line instead of rendering a wrong picture.
 *
 * Ranges are the widgets' own input ranges (the same ones their URL
 * parameters accept), so an article can never show a state a reader could
 * not reach.
 */
type PropSpec =
  | { kind: 'number'; min: number; max: number; unit: string; integer?: boolean }
  | { kind: 'choice'; choices: readonly (string | number)[] }
  | { kind: 'text' };

const SPECS: Record<string, Record<string, PropSpec>> = {
  TrialTable: { id: { kind: 'text' } },
  ForestPlot: { evidence: { kind: 'text' }, outcome: { kind: 'text' } },
  Certainty: { level: { kind: 'text' }, claim: { kind: 'text' } },
  Claim: { id: { kind: 'text' } },
  Term: { id: { kind: 'text' } },
  Guideline: { id: { kind: 'text' } },
  SafetyLine: { drug: { kind: 'text' } },
  DoseExplorer: {
    route: { kind: 'choice', choices: ['oral', 'transdermal'] },
    dose: { kind: 'number', min: 1, max: 4000, unit: 'µg/day' },
  },
  AbsoluteRisk: {
    trial: { kind: 'text' },
    outcome: { kind: 'text' },
    eventName: { kind: 'text' },
    baseline: { kind: 'number', min: 0.1, max: 95, unit: '% risk over `years`' },
    years: { kind: 'number', min: 1, max: 30, unit: 'years', integer: true },
    per: { kind: 'choice', choices: [100, 1000] },
  },
  RemodelingSimulator: {
    variant: { kind: 'choice', choices: ['simple', 'full'] },
    scenario: { kind: 'choice', choices: ['menopause', 'constant'] },
    estrogen: { kind: 'number', min: 0, max: 100, unit: '% of premenopausal estrogen' },
  },
  TScoreCalculator: {
    level: { kind: 'choice', choices: LEVELS },
    bmd: { kind: 'number', min: 0.2, max: 2, unit: 'g/cm²' },
    site: { kind: 'choice', choices: ['femoral neck', 'total hip'] },
    sex: { kind: 'choice', choices: ['female', 'male'] },
  },
};

/** Component names articles may use (the `components` map on article pages). */
export const ARTICLE_COMPONENTS = Object.keys(SPECS);

/** Props the citation plugin adds itself; authors never write them. */
const GENERATED = new Set(['citeNumbers']);

export interface PropProblem {
  problem: string;
  hint: string;
}

/**
 * Checks one component use. `attributes` holds string props as written and
 * `{…}` expression props as their source text (`baseline={14}` → "14").
 *
 * @example checkComponentProps('TScoreCalculator', { bmd: '5' })
 * // → { problem: '<TScoreCalculator bmd={5}> is out of range: …', hint: 'Use a value from 0.2 to 2 g/cm².' }
 */
export function checkComponentProps(name: string, attributes: Record<string, string>): PropProblem | undefined {
  const specs = SPECS[name];
  if (!specs) return undefined;
  for (const [prop, raw] of Object.entries(attributes)) {
    if (GENERATED.has(prop)) continue;
    const spec = specs[prop];
    if (!spec) {
      return { problem: `<${name}> has no prop \`${prop}\`.`, hint: `Use one of: ${Object.keys(specs).join(', ')}.` };
    }
    if (spec.kind === 'text') continue;
    const value = raw.trim();
    if (spec.kind === 'choice') {
      if (spec.choices.map(String).includes(value)) continue;
      return { problem: `<${name} ${prop}="${value}"> is not an allowed value.`, hint: `Use one of: ${spec.choices.join(', ')}.` };
    }
    const number = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isNaN(number)) {
      return { problem: `<${name} ${prop}={${value}}> is not a number.`, hint: `Write a plain number, e.g. ${prop}={${spec.min}} (${spec.unit}).` };
    }
    if (number < spec.min || number > spec.max || (spec.integer && !Number.isInteger(number))) {
      return {
        problem: `<${name} ${prop}={${value}}> is out of range for ${spec.unit}.`,
        hint: `Use ${spec.integer ? 'a whole number' : 'a value'} from ${spec.min} to ${spec.max} (${spec.unit}).`,
      };
    }
  }
  return undefined;
}
