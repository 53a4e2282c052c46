import { ROOT } from '../helpers/pipeline';
import { cachedSiteRecords, writeSiteRecords } from '../helpers/site-records';

/**
 * Compiles every article once for the whole unit project, before any test
 * file runs, so the files that check the real content (bad-input,
 * depth-gaps, readability, safety-lines, claims, content-rules) read one
 * shared set of parse records instead of each compiling all of it
 * (tests/helpers/site-records.ts). A fresh cache from an earlier run is
 * reused. If the content does not compile, nothing is cached and each test
 * that needs the records compiles and reports the error itself.
 */
export default async function setup(): Promise<void> {
  if (cachedSiteRecords(ROOT)) return;
  try {
    await writeSiteRecords(ROOT);
  } catch {
    // Reported by the tests that read the records (parseRecordsOf() compiles again).
  }
}
