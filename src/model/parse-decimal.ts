/**
 * A number as a reader types it into a widget: digits with at most one
 * decimal separator, which may be a point or a comma ("1.5" and "1,5" are
 * both 1.5, as readers in most of Europe write it), an optional leading sign
 * (`+`, `-`, or the typographic minus `−` that copied text often carries),
 * and spaces around it. There are no thousands separators: "1,500" is 1.5,
 * which is what the comma means in the decimal-comma locales, and no widget
 * input is in the thousands. Anything else (letters, two separators, an
 * exponent, an empty field) is not a number: the result is `undefined`, so
 * the caller says what to fix instead of guessing.
 */
export function parseDecimal(text: string): number | undefined {
  const match = /^\s*([+\-\u2212]?)(\d+(?:[.,]\d*)?|[.,]\d+)\s*$/u.exec(text);
  if (!match) return undefined;
  const value = Number(match[2]!.replace(',', '.'));
  return match[1] === '-' || match[1] === '\u2212' ? -value : value;
}
