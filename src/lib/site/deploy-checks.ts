import type { ContentProblem } from '../content-error';
import { deployOriginProblems } from './origin';
import { deployConfigProblems, loadSiteConfig } from './site-config';

/**
 * Everything that must hold before the site is built for publication: a real
 * https origin in `STRATA_SITE_URL` and every site-identity field filled in
 * content/site.yaml. Empty when the deploy build may run.
 */
export function deployProblems(root: string, siteUrl: string | undefined): ContentProblem[] {
  const { loaded, problems } = loadSiteConfig(root);
  return [...deployOriginProblems(siteUrl), ...problems, ...(loaded ? deployConfigProblems(loaded) : [])];
}
