import { LEVEL_LABELS, LEVELS, parseArticleId, type Level } from '../content/levels';
import { TOOLS } from '../content/tools';

/** The titles a redirect can name: topics by id, articles by glob id (`estrogen-dose/academic`). */
export interface TitleSources {
  topics: ReadonlyArray<{ id: string; title: string }>;
  articles: ReadonlyArray<{ id: string; title: string }>;
}

const FIXED: Record<string, string> = {
  '/': 'the Strata home page',
  '/topics/': 'All topics',
  '/glossary/': 'Glossary',
  '/references/': 'References',
  '/evidence/': 'Evidence',
  '/evidence/grading/': 'How we grade evidence',
  '/tools/': 'Tools',
  '/search/': 'Search',
};

/**
 * The title of the page a redirect leads to, for the redirect page's title
 * and link text: "Estrogen dose (Fundamentals)" for `/topics/estrogen-dose/fundamentals/`.
 * A section address (`…/#id`) names its page; an address the site does not
 * know by name is returned as it is, which still says where the reader goes.
 */
export function destinationTitle(to: string, sources: TitleSources): string {
  const path = to.replace(/[?#].*$/s, '');
  const fixed = FIXED[path];
  if (fixed) return fixed;
  const topicPage = /^\/topics\/([^/]+)\/(?:([^/]+)\/)?$/.exec(path);
  if (topicPage) {
    const [, topic, level] = topicPage;
    if (level === undefined) {
      const entry = sources.topics.find((t) => t.id === topic);
      if (entry) return entry.title;
    } else if (LEVELS.includes(level as Level)) {
      const article = sources.articles.find((a) => {
        const id = parseArticleId(a.id);
        return id.topic === topic && id.level === level;
      });
      if (article) return `${article.title} (${LEVEL_LABELS[level as Level]})`;
    }
  }
  const hub = /^\/([^/]+)\/$/.exec(path)?.[1];
  if (hub && LEVELS.includes(hub as Level)) return `${LEVEL_LABELS[hub as Level]}: every topic`;
  const tool = /^\/tools\/([^/]+)\/$/.exec(path)?.[1];
  const toolEntry = TOOLS.find((t) => t.slug === tool);
  if (toolEntry) return toolEntry.title;
  return path;
}
