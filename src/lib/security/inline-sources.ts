import { createHash } from 'node:crypto';

/** Script types that browsers execute; data blocks (JSON, JSON-LD) are not subject to script-src. */
const EXECUTABLE = /^(|text\/javascript|module|application\/javascript)$/i;

/** `sha256-<base64>` of a string, as CSP hash sources are written. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Hashes of the inline executable scripts and inline `<style>` elements in
 * one built HTML page (the exact text between the tags, as browsers hash it).
 */
export function inlineSources(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '';
    if (!EXECUTABLE.test(type.trim())) continue;
    scripts.push(cspHash(match[2] ?? ''));
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.push(cspHash(match[1] ?? ''));
  return { scripts, styles };
}
