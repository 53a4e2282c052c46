/** How many icons of each kind to draw; they must add up to the total drawn. */
export interface IconCounts {
  /** People who have the event with or without treatment. */
  eventAnyway: number;
  /** People whose event the treatment prevents (benefit) … */
  prevented: number;
  /** … or who have an extra event because of it (harm). */
  caused: number;
  /** People who have no event either way. */
  noEvent: number;
}

const KINDS = [
  { key: 'eventAnyway', cls: 'icon-event' },
  { key: 'caused', cls: 'icon-caused' },
  { key: 'prevented', cls: 'icon-prevented' },
  { key: 'noEvent', cls: 'icon-none' },
] as const;

/**
 * An icon array as an SVG string: one mark per person, 10 per row for 100
 * people or 40 per row for 1000, filled in reading order so the groups form
 * solid blocks. Groups differ by shape as well as colour (filled, crossed,
 * hollow ring, pale dot), so the picture survives greyscale printing and
 * colour-vision differences. The text equivalent is rendered beside it.
 */
export function iconArraySvg(counts: IconCounts, titleId: string): string {
  const total = counts.eventAnyway + counts.prevented + counts.caused + counts.noEvent;
  const perRow = total > 100 ? 40 : 10;
  const cell = total > 100 ? 9 : 22;
  const r = cell * 0.36;
  const rows = Math.ceil(total / perRow);
  const marks: string[] = [];
  let i = 0;
  for (const kind of KINDS) {
    for (let k = 0; k < counts[kind.key]; k++, i++) {
      const cx = (i % perRow) * cell + cell / 2;
      const cy = Math.floor(i / perRow) * cell + cell / 2;
      if (kind.key === 'caused') {
        marks.push(`<path class="${kind.cls}" d="M${cx - r} ${cy - r}L${cx + r} ${cy + r}M${cx + r} ${cy - r}L${cx - r} ${cy + r}"/>`);
      } else {
        marks.push(`<circle class="${kind.cls}" cx="${cx}" cy="${cy}" r="${kind.key === 'noEvent' ? r * 0.7 : r}"/>`);
      }
    }
  }
  return `<svg viewBox="0 0 ${perRow * cell} ${rows * cell}" role="img" aria-labelledby="${titleId}" focusable="false">${marks.join('')}</svg>`;
}
