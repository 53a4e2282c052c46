/**
 * Progressive enhancement for articles and start pages only (loaded by
 * src/components/ArticleEnhancements.astro): the contents list and level
 * switcher following the section being read, "Share this section" buttons,
 * and glossary terms that open in place on a tap. Optional: without
 * JavaScript the links still work as plain anchors.
 */
import { initSectionTracking } from './section-tracking';
import { initShareButtons } from './share-button';
import { initTermTaps } from './term-taps';

initShareButtons();
initSectionTracking();
initTermTaps();
