import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../content-dir';
import { throwIfProblems } from '../content-error';
import { articleFiles, compileArticles } from '../markdown/compile-articles';
import { articleRecords, parseRecords } from '../markdown/parse-record';
import { loadSiteData } from '../site-data';
import { runArticleChecks } from './article-checks';

/**
 * Vite plugin: the build's one compile of each article (the MDX pipeline,
 * which records a parse record per file, src/lib/markdown/parse-record.ts)
 * is what the content checks read. A topic's Fundamentals file is compiled
 * before its other depths (their share controls link to its sections). When
 * the prerender build has compiled every article, and before any page is
 * rendered, the checks run over all records (src/lib/content/article-checks.ts),
 * so a bad article fails the build with file and line and no page is written.
 */
export function parseRecordChecks(root: string) {
  let serving = false;
  return {
    name: 'strata-parse-record-checks',
    enforce: 'pre' as const,
    configResolved(config: { command: string }) {
      serving = config.command === 'serve';
    },
    async transform(this: { load(options: { id: string }): Promise<unknown> }, _code: string, id: string) {
      if (id.includes('?') || !/[\\/](intermediate|academic)\.mdx$/.test(id)) return null;
      const fundamentals = path.join(path.dirname(id), 'fundamentals.mdx');
      if (!existsSync(fundamentals)) return null;
      // astro dev compiles pages on demand (and `this.load` does not reach the MDX compile there):
      // refresh the Fundamentals record directly, so share links follow its current sections.
      if (serving) await compileArticles(root, [fundamentals]);
      // astro build: compile it through the build itself, once; the page reuses that module.
      else if (!parseRecords().has(fundamentals)) await this.load({ id: fundamentals });
      return null;
    },
    buildEnd(this: { environment?: { name: string } }, error?: Error) {
      if (error || this.environment?.name !== 'prerender') return;
      const records = articleRecords(path.join(contentDir(root), 'articles'), path.join(contentDir(root), 'start'));
      const expected = articleFiles(root).length;
      if (records.length !== expected) throw new Error(`Internal: the content checks expected parse records of ${expected} articles and found ${records.length}.`);
      throwIfProblems(runArticleChecks(records, { root, data: loadSiteData(root) }));
    },
  };
}
