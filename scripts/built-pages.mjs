/** A redirect page (short link or moved page) only forwards the reader. */
const isRedirect = (file) => /http-equiv="refresh"/.test(readFileSync(file, 'utf8'));

/** Every HTML page in a built site folder other than redirects, as site paths (`/`, `/topics/x/academic/`, `/404.html`), sorted. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function builtPages(dist = 'dist') {
  const root = path.resolve(dist);
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html') && !isRedirect(full)) {
        const relative = path.relative(root, dir).split(path.sep).join('/');
        const folder = relative ? `/${relative}/` : '/';
        pages.push(name === 'index.html' ? folder : `${folder}${name}`);
      }
    }
  };
  walk(root);
  return pages.sort();
}
