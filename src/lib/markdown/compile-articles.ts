import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../content-dir';
import { LEVELS } from '../content/levels';
import { blankFrontmatter } from './mdx-syntax-check';
import { parseRecords, type ParseRecord } from './parse-record';
import { markdownProcessor } from './pipeline';

/**
 * Every article file under the content folder, each topic's Fundamentals
 * first (share controls read its record), then the start pages
 * (content/start/<slug>.mdx), which the same checks read as Fundamentals pages.
 */
export function articleFiles(root: string): string[] {
  const articles = path.join(contentDir(root), 'articles');
  const start = path.join(contentDir(root), 'start');
  const startFiles = existsSync(start) ? readdirSync(start).filter((name) => name.endsWith('.mdx')).sort().map((name) => path.join(start, name)) : [];
  if (!existsSync(articles)) return startFiles;
  return readdirSync(articles, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((topic) => LEVELS.map((level) => path.join(articles, topic, `${level}.mdx`)).filter((file) => existsSync(file)))
    .concat(startFiles);
}

/**
 * Outside `astro build` (the readability report, unit tests): compiles each
 * file once with the production MDX processor, Astro's own MDX compile
 * configured exactly as astro.config.mjs configures it, and returns the parse
 * records in the order given. Inside the build, the records come from the
 * build's own compile instead (src/lib/content/parse-record-checks.ts).
 */
export async function compileArticles(root: string, files: readonly string[] = articleFiles(root)): Promise<ParseRecord[]> {
  const renderer = await markdownProcessor(root).createMdxRenderer!({}, { optimize: false, srcDir: pathToFileURL(path.join(root, 'src') + path.sep) });
  const records: ParseRecord[] = [];
  for (const file of files) {
    const absolute = path.resolve(root, file);
    const text = readFileSync(absolute, 'utf8');
    // As in the build (@astrojs/mdx), the plugins see the parsed frontmatter.
    const yaml = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1];
    const frontmatter = (yaml ? parseYaml(yaml) : {}) as Record<string, unknown>;
    await renderer.process(blankFrontmatter(text), absolute, frontmatter ?? {});
    records.push(parseRecords().get(absolute)!);
  }
  return records;
}
