import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { contentDir } from '../content-dir';
import { throwIfProblems, type ContentProblem } from '../content-error';
import { parseLocatedYaml } from '../yaml-record';

/** Path of the site-identity file, relative to the project root. */
export const SITE_CONFIG_FILE = 'content/site.yaml';

/** A field left empty: not yet known. YAML `~`, an empty value and `""` all mean empty. */
const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : undefined));

/** An email address or an https URL where readers report errors. */
const correctionsAddress = optionalText.refine(
  (value) => value === undefined || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) || /^https:\/\/[^\s]+$/.test(value),
  { message: 'must be an email address (name@domain) or an https:// URL.' },
);

/**
 * Who publishes the site, as shown on /about/. Every field may be empty in
 * the repository (we do not invent a publisher or credentials); a deploy
 * build requires all of them (`deployConfigProblems`).
 */
export const siteConfigSchema = z
  .object({
    /** The person or organisation responsible for the site. */
    publisher: optionalText,
    /** Who pays for the site and its upkeep. */
    funding: optionalText,
    /** Conflicts of interest of the publisher and authors, or a statement that there are none. */
    conflictsOfInterest: optionalText,
    /** Where readers report an error: an email address or an https URL. */
    corrections: correctionsAddress,
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** The fields a deploy build requires, with what each one is for. */
export const REQUIRED_FOR_DEPLOY: Record<keyof SiteConfig, string> = {
  publisher: 'the publisher',
  funding: 'the funding statement',
  conflictsOfInterest: 'the conflicts-of-interest statement',
  corrections: 'the corrections address',
};

/** The validated config and the line of each field (for deploy messages). */
export interface LoadedSiteConfig {
  config: SiteConfig;
  lines: Partial<Record<keyof SiteConfig, number>>;
  file: string;
}

/**
 * Validates the text of content/site.yaml. Returns the config, or problems
 * with file, line, field and fix. An empty file is a config with every field empty.
 */
export function validateSiteConfigSource(text: string, file: string): { loaded?: LoadedSiteConfig; problems: ContentProblem[] } {
  const located = parseLocatedYaml(text, file, 'Each line is `field: value`; quote values that contain a colon.');
  if (located.problems.length > 0) return { problems: located.problems };
  const raw = located.raw ?? {};
  /** The line of a top-level field the file has; undefined for one it lacks. */
  const lineOf = (key: PropertyKey): number | undefined => (typeof raw === 'object' && Object.hasOwn(raw, key) ? located.lineOf([key]) : undefined);
  const result = siteConfigSchema.safeParse(raw);
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const field = unknownKeys[0] ?? issue.path.map(String).join('.');
        return {
          file,
          line: lineOf(field),
          field: field || undefined,
          message: unknownKeys.length > 0 ? `Unknown field${unknownKeys.length > 1 ? 's' : ''} ${unknownKeys.map((k) => `\`${k}\``).join(', ')}.` : `\`${field}\` ${issue.message}`,
          hint: `The fields are ${Object.keys(REQUIRED_FOR_DEPLOY).map((k) => `\`${k}\``).join(', ')}; see "Who publishes Strata" in content/README.md.`,
        };
      }),
    };
  }
  const lines: LoadedSiteConfig['lines'] = {};
  for (const key of Object.keys(REQUIRED_FOR_DEPLOY) as Array<keyof SiteConfig>) lines[key] = lineOf(key);
  return { loaded: { config: result.data, lines, file }, problems: [] };
}

/** Reads and validates content/site.yaml (absent means every field empty). */
export function loadSiteConfig(root: string = process.cwd()): { loaded?: LoadedSiteConfig; problems: ContentProblem[] } {
  const absolute = path.join(contentDir(root), 'site.yaml');
  const file = path.relative(root, absolute) || SITE_CONFIG_FILE;
  if (!existsSync(absolute)) return { loaded: { config: {} as SiteConfig, lines: {}, file }, problems: [] };
  return validateSiteConfigSource(readFileSync(absolute, 'utf8'), file);
}

/** The empty fields of a valid config, as problems a deploy build reports. */
export function deployConfigProblems({ config, lines, file }: LoadedSiteConfig): ContentProblem[] {
  return (Object.keys(REQUIRED_FOR_DEPLOY) as Array<keyof SiteConfig>)
    .filter((key) => config[key] === undefined)
    .map((key) => ({
      file,
      line: lines[key],
      field: key,
      message: `is empty, so the About page says "not yet configured" for ${REQUIRED_FOR_DEPLOY[key]}.`,
      hint: `Fill in \`${key}\` with ${REQUIRED_FOR_DEPLOY[key]} as it really is (never a guess or a placeholder), then run \`npm run build:deploy\` again.`,
    }));
}

/** The site identity for pages (the About page): content/site.yaml validated, or a ContentError naming file, line and field. */
export function siteIdentity(root: string = process.cwd()): SiteConfig {
  const { loaded, problems } = loadSiteConfig(root);
  throwIfProblems(problems);
  return loaded!.config;
}
