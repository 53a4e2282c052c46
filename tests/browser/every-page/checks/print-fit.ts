/**
 * Every per-section print view fits on two A4 and two Letter pages (three
 * when it prints a section with its subsections). The runner has switched
 * to print media; the view is laid out at each paper's printable width, and
 * anything taller than 1.6 pages is printed to a real PDF and its pages
 * counted, so page breaks are measured rather than estimated.
 */
import type { PageCheck } from '../visit';

// Printable area in CSS px (96 per inch) inside the 12 mm @page margins.
export const PAPERS = [
  { format: 'A4', width: ((210 - 24) / 25.4) * 96, height: ((297 - 24) / 25.4) * 96 },
  { format: 'Letter', width: ((215.9 - 24) / 25.4) * 96, height: ((279.4 - 24) / 25.4) * 96 },
] as const;

/** How many print views were long enough to be printed to PDF, per paper (the every-page test asserts some were). */
export const printedToPdf: Record<string, number> = { A4: 0, Letter: 0 };

export const printFit: PageCheck = {
  name: 'print-fit',
  phase: 'print',
  applies: (_path, kind) => kind === 'print',
  async run({ page, path }) {
    const problems: string[] = [];
    // A section printed with its subsections (an h2 and its h3s) may take a third page; a section on its own must fit on two.
    const parts = await page.evaluate(() => document.querySelectorAll('main [data-section]').length);
    const limit = parts > 1 ? 3 : 2;
    for (const { format, width, height } of PAPERS) {
      await page.setViewportSize({ width: Math.floor(width), height: Math.floor(height) });
      const laidOut = await page.evaluate(() => document.documentElement.scrollHeight);
      if (laidOut < 1.6 * height) continue;
      printedToPdf[format] = (printedToPdf[format] ?? 0) + 1;
      const pdf = await page.pdf({ format });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      if (pages === 0) problems.push(`${format}: could not count PDF pages`);
      else if (pages > limit) problems.push(`${path} prints on ${pages} ${format} pages (limit ${limit})`);
    }
    return problems;
  },
};
