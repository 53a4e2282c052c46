import path from 'node:path';
import type { VFile } from 'vfile';

/** The file's path relative to the project root, for error messages. */
export function sourcePath(file: VFile): string {
  const absolute = file.path || file.history[0] || '<unknown file>';
  return path.isAbsolute(absolute) ? path.relative(process.cwd(), absolute) : absolute;
}

/** Astro reads `file.data.astro.frontmatter` back as `remarkPluginFrontmatter`. */
export function pluginFrontmatter(file: VFile): Record<string, unknown> {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
}
