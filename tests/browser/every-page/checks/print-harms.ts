/**
 * The balance of a hand-off, on every print view: when the printed section
 * cites a benefit claim, the "Harms to weigh against this" box is visible
 * and shows each of its paired harms (value, units and time frame), also in
 * the text a reader sees; when it cites none, there is no box. Which claims
 * a section cites is read from the served HTML (`data-claim` on each <Claim>
 * and on each <Certainty claim=…> label; the former print-harms test read
 * only the first, and so skipped views that cite a benefit by its label),
 * which harms belong to a benefit from the claim records.
 */
import path from 'node:path';
import type { ClaimRecord } from '../../../../src/lib/claims/load-claims';
import { loadSiteData } from '../../../../src/lib/site-data';
import type { PageCheck } from '../visit';

let claims: Map<string, ClaimRecord> | undefined;
/** Claim records, loaded once per run on first use. */
const claimRecords = () => (claims ??= loadSiteData(path.resolve(import.meta.dirname, '../../../..')).claims);

/** Benefit claims cited in the printed section of a print view's HTML (its references list aside). */
export function benefitsCited(html: string): string[] {
  const end = html.indexOf('class="references"');
  const section = html.slice(html.indexOf('class="print-section"'), end > 0 ? end : undefined);
  // A claim is cited by <Claim> (class "claim") or by the label of <Certainty claim=…> (class "certainty …").
  const cited = [...section.matchAll(/class="(?:claim|certainty(?: [^"]*)?)" [^>]*?data-claim="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(cited)].filter((id) => claimRecords().get(id)?.kind === 'benefit');
}

/** Print views found to cite a benefit in this run (every-page.test.ts asserts there are some). */
export const printViewsWithBenefits: string[] = [];

export const printHarms: PageCheck = {
  name: 'print-harms',
  phase: 'screen',
  applies: (_path, kind) => kind === 'print',
  async run({ page, path: pagePath, html }) {
    const benefits = benefitsCited(html);
    const box = page.locator('aside.print-harms');
    if (benefits.length === 0) return (await box.count()) === 0 ? [] : ['a harms box, but the section cites no benefit claim'];
    printViewsWithBenefits.push(pagePath);
    if (!(await box.isVisible())) return [`the section cites ${benefits.join(', ')} but no harms box is visible`];
    const visible = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    const boxText = (await box.innerText()).replace(/\s+/g, ' ');
    const problems: string[] = [];
    for (const benefit of benefits) {
      for (const harmId of claimRecords().get(benefit)!.pairedHarms) {
        const value = claimRecords().get(harmId)!.value!;
        if (!visible.includes(value.text)) problems.push(`${benefit}: its harm ${harmId} (${value.text}) is not in the text a reader sees`);
        const line = `${value.text} ${value.unit} ${value.timeFrame}`;
        if (!boxText.includes(line)) problems.push(`${benefit}: the harms box lacks ${harmId} as "${line}"`);
      }
    }
    return problems;
  },
};
