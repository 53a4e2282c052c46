import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDecimal } from '../../../src/model/parse-decimal';

describe('parseDecimal reads a number as a reader types it', () => {
  test.each([
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['0,712', 0.712],
    ['  0.65 ', 0.65],
    ['−1,5', -1.5],
    ['-1.5', -1.5],
    ['+2', 2],
    ['12', 12],
    ['3.', 3],
    ['3,', 3],
    ['.5', 0.5],
    [',5', 0.5],
    ['1,500', 1.5],
    ['-0', -0],
  ])('%j → %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  test.each(['', '   ', 'abc', '1.2.3', '1,2,3', '1.5,2', '1 5', '1e3', '--1', '−', '.', ',', '0x10', 'Infinity', 'NaN', '1.5%', '½'])('%j is not a number', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });

  test('any plain decimal reads as Number() reads it, with a point or a comma, with either minus sign', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.nat({ max: 999_999 }), fc.constantFrom('', '+', '-', '\u2212'), fc.constantFrom('.', ','), (whole, fraction, sign, separator) => {
        const text = `${sign}${whole}${separator}${fraction}`;
        const expected = Number(`${whole}.${fraction}`) * (sign === '-' || sign === '\u2212' ? -1 : 1);
        expect(parseDecimal(text)).toBe(expected);
      }),
    );
  });

  test('text with a letter in it is never a number', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('a', 'x', 'E', 'é', 'g'), fc.string(), (before, letter, after) => {
        expect(parseDecimal(`${before}${letter}${after}`)).toBeUndefined();
      }),
    );
  });
});
