import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { describeIgnored, parseParams, writeParams, type ParamSpecs } from '../../src/components/widgets/url-state';

const specs = {
  baseline: { kind: 'number', label: 'Baseline risk (%)', min: 0.1, max: 99, fallback: 10 },
  rr: { kind: 'number', label: 'Risk ratio', min: 0.05, max: 20, fallback: 0.7 },
  route: { kind: 'choice', label: 'Route', choices: ['oral', 'transdermal'], fallback: 'oral' },
  dose: { kind: 'number', label: 'Dose', min: 0, max: 5000, fallback: 250, choices: [250, 500, 1000] },
} satisfies ParamSpecs;

describe('parseParams', () => {
  test('reads valid values and leaves unknown parameters alone', () => {
    const { values, ignored } = parseParams(new URLSearchParams('baseline=12&rr=0.67&route=transdermal&dose=500&utm=x'), specs);
    expect(values).toEqual({ baseline: 12, rr: 0.67, route: 'transdermal', dose: 500 });
    expect(ignored).toEqual([]);
  });

  test('falls back to defaults and says why for garbage, out-of-range and hostile values', () => {
    const { values, ignored } = parseParams(new URLSearchParams('baseline=300&rr=abc&route=<script>alert(1)</script>&dose=333'), specs);
    expect(values).toEqual({ baseline: 10, rr: 0.7, route: 'oral', dose: 250 });
    expect(ignored.map((i) => i.param)).toEqual(['baseline', 'rr', 'route', 'dose']);
    expect(ignored[0]!.reason).toBe('Baseline risk (%) must be between 0.1 and 99; got 300.');
    expect(ignored[1]!.reason).toBe('Risk ratio must be a number; got "abc".');
    expect(ignored[2]!.reason).toContain('Route must be one of oral, transdermal; got "<script>alert(1)</script…".');
    expect(describeIgnored(ignored)).toMatch(/^Some settings in this link could not be used/);
  });

  test('rejects numeric forms JavaScript would accept but a person would not mean', () => {
    for (const raw of ['', ' ', '0x10', '1e3', 'Infinity', 'NaN', '1,5', '--1']) {
      const { values, ignored } = parseParams(new URLSearchParams({ rr: raw }), specs);
      expect(values.rr).toBe(0.7);
      expect(ignored).toHaveLength(1);
    }
  });

  test('any string yields in-range values, and a round trip preserves valid state (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const { values } = parseParams(new URLSearchParams({ baseline: a, route: b }), specs);
        expect(values.baseline).toBeGreaterThanOrEqual(0.1);
        expect(values.baseline).toBeLessThanOrEqual(99);
        expect(specs.route.choices).toContain(values.route);
        const again = parseParams(writeParams(new URLSearchParams(), specs, values), specs);
        expect(again.values).toEqual(values);
        expect(again.ignored).toEqual([]);
      }),
    );
  });
});
