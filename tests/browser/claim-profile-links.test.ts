/**
 * Claims that state an evidence-profile row link that row wherever a page
 * shows their certainty label, read from the built site (dist/, the real
 * Astro and MDX pipeline): `<Claim id>` puts "see the evidence profile" after
 * its source marker, `<Certainty claim>` right after the label, both only at
 * Intermediate and Academic depth (pages and their print views), never at
 * Fundamentals depth, and each link lands on an existing row of the profile.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadSiteData } from '../../src/lib/site-data';
import { builtPages } from './browser';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dist = path.join(ROOT, 'dist');
const articlePages = builtPages().filter((p) => /^\/(topics|print)\/[^/]+\/(fundamentals|intermediate|academic)\//.test(p));
let profileRows: Map<string, string | undefined>;
beforeAll(() => {
  profileRows = new Map([...loadSiteData(ROOT).claims].map(([id, claim]) => [id, claim.profileRow]));
}, 60_000);

const classes = (node: Element) => ([] as unknown[]).concat(node.properties.className ?? []).map(String);
const isElement = (node: RootContent | undefined): node is Element => node?.type === 'element';

/** Every certainty label on a page that names a claim, with the profile links that belong to it. */
function labels(html: string): { claim: string; links: string[] }[] {
  const found: { claim: string; links: string[] }[] = [];
  const walk = (parent: Root | Element) => {
    parent.children.forEach((node, i) => {
      if (node.type !== 'element') return;
      const claim = node.properties.dataClaim;
      if (node.tagName === 'a' && classes(node).includes('certainty') && typeof claim === 'string') {
        const inClaim = parent.type === 'element' && classes(parent).includes('claim');
        // In <Claim>, the link is a child of its span; after a bare <Certainty>, it follows the label as " (<a>".
        const candidates = inClaim ? (parent as Element).children : [parent.children[i + 1], parent.children[i + 2]].filter((n) => n !== undefined);
        const afterLabel = inClaim || (candidates[0]?.type === 'text' && candidates[0].value === ' (');
        const links = afterLabel ? candidates.filter(isElement).filter((n) => n.tagName === 'a' && classes(n).includes('claim-profile')).map((n) => String(n.properties.href)) : [];
        found.push({ claim, links });
      }
      walk(node);
    });
  };
  walk(fromHtml(html));
  return found;
}

const read = (page: string) => readFileSync(path.join(dist, page, 'index.html'), 'utf8');

describe('certainty labels link the evidence-profile row of their claim', () => {
  test('there are article pages and print views to check', () => {
    expect(articlePages.some((p) => p.startsWith('/topics/'))).toBe(true);
    expect(articlePages.some((p) => p.startsWith('/print/'))).toBe(true);
  });

  test('every label of a claim with profileRow links its row at Intermediate and Academic depth, and no label does at Fundamentals depth', () => {
    const wrong: string[] = [];
    let linked = 0;
    for (const page of articlePages) {
      const fundamentals = page.includes('/fundamentals/');
      for (const { claim, links } of labels(read(page))) {
        const [profile, outcome] = profileRows.get(claim)?.split('#') ?? [];
        const expected = profile && outcome && !fundamentals ? [`/evidence/${profile}/#${outcome}`] : [];
        if (JSON.stringify(links) !== JSON.stringify(expected)) wrong.push(`${page} ${claim}: ${JSON.stringify(links)}, expected ${JSON.stringify(expected)}`);
        linked += links.length;
      }
    }
    expect(wrong).toEqual([]);
    expect(linked).toBeGreaterThan(0);
  });

  test('<Certainty claim> on the raloxifene section links each RUTH outcome to its own row, on the page and in its print view', () => {
    for (const page of ['/topics/hormonal-treatments/academic/', '/print/hormonal-treatments/academic/serms/']) {
      const byClaim = new Map(labels(read(page)).map((l) => [l.claim, l.links]));
      expect(byClaim.get('ral-ruth-vte'), page).toEqual(['/evidence/raloxifene-fractures/#vte-heart-risk']);
      expect(byClaim.get('ral-ruth-fatal-stroke'), page).toEqual(['/evidence/raloxifene-fractures/#fatal-stroke']);
      expect(byClaim.get('ral-ruth-breast-cancer'), page).toEqual(['/evidence/raloxifene-fractures/#breast-cancer-heart-risk']);
      expect(byClaim.get('tx-a-serms'), page).toEqual(['/evidence/raloxifene-fractures/#vertebral-fracture']);
      // Clinical vertebral fracture in RUTH has no profile row: label only.
      expect(byClaim.get('tx-i-serms-2'), page).toEqual([]);
    }
  });

  test('every profile link lands on a row that exists', () => {
    const targets = new Set(articlePages.flatMap((page) => labels(read(page)).flatMap((l) => l.links)));
    expect(targets.size).toBeGreaterThan(0);
    for (const target of targets) {
      const [folder, id] = target.split('#');
      const file = path.join(dist, folder!, 'index.html');
      expect(existsSync(file), target).toBe(true);
      expect(readFileSync(file, 'utf8'), target).toContain(`id="${id}"`);
    }
  });
});
