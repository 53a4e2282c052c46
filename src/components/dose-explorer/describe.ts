import { oralEquivalentDose, transdermalEquivalentMicrograms, type EstradiolRoute } from '../../model/dose-equivalence';
import { DOSE_RESPONSE_SITES, evidenceAtDose, type DoseResponsePoint } from '../../model/dose-response';
import { citationMarkerHtml } from '../citation-marker';
import { escapeHtml, formatDailyDose, formatInterval, formatSigned } from '../format';

const SITE_NAMES: Record<string, string> = { 'lumbar spine': 'spine', 'total hip': 'total hip', 'femoral neck': 'femoral neck' };

/** The marker for a trial the page numbers (none for one it does not). */
function citeLink(key: string, numbers: Record<string, number>): string {
  return numbers[key] === undefined ? '' : ` ${citationMarkerHtml(key, numbers)}`;
}

/**
 * The explorer's answer for one route and dose, as HTML: what the trials that
 * tested it found at each site versus placebo, or, if no trial tested it, the
 * nearest tested doses. Always states the approximate dose on the other route.
 */
export function describeDose(points: readonly DoseResponsePoint[], route: EstradiolRoute, microgramsPerDay: number, citeNumbers: Record<string, number>): string {
  const dose = formatDailyDose(microgramsPerDay, route);
  const routeName = route === 'oral' ? 'Oral estradiol' : 'Transdermal estradiol';
  const oralMg = oralEquivalentDose(route, microgramsPerDay);
  const other = route === 'oral' ? `about ${formatDailyDose(transdermalEquivalentMicrograms(oralMg), 'transdermal')} through the skin` : `about ${formatDailyDose(oralMg * 1000, 'oral')} by mouth`;
  const lines: string[] = [];
  const trialsAtDose = new Map<string, DoseResponsePoint[]>();
  for (const site of DOSE_RESPONSE_SITES) {
    for (const p of evidenceAtDose(points, route, microgramsPerDay, site).tested) {
      trialsAtDose.set(p.trialId, [...(trialsAtDose.get(p.trialId) ?? []), p]);
    }
  }
  if (trialsAtDose.size > 0) {
    for (const found of trialsAtDose.values()) {
      const first = found[0]!;
      const sites = found
        .map((p) => `${SITE_NAMES[p.site]} ${formatSigned(p.difference)}${p.ci ? ` (95% CI ${formatInterval(p.ci)})` : ''}`)
        .join(', ');
      lines.push(`<p><strong>${routeName} ${escapeHtml(dose)}</strong>: after ${first.years} years, bone density compared with placebo: ${escapeHtml(sites)} percentage points. ${escapeHtml(first.trialName)}${citeLink(first.citation, citeNumbers)}.</p>`);
    }
  } else {
    const near = evidenceAtDose(points, route, microgramsPerDay, 'lumbar spine');
    const neighbours = [near.nearestBelow, near.nearestAbove]
      .filter((p): p is DoseResponsePoint => p !== undefined)
      .map((p) => `${escapeHtml(formatDailyDose(p.microgramsPerDay, p.route))} (spine ${formatSigned(p.difference)} points${citeLink(p.citation, citeNumbers)})`);
    lines.push(`<p><strong>${routeName} ${escapeHtml(dose)}</strong>: no placebo-controlled trial in our records measured this dose on this route.${neighbours.length ? ` Nearest tested: ${neighbours.join('; ')}.` : ''}</p>`);
  }
  lines.push(`<p class="note">Roughly equivalent to ${escapeHtml(other)}; guidelines differ on this conversion.</p>`);
  return lines.join('');
}
