/**
 * Progressive enhancement for every page: copy-a-section-link controls and
 * "Share this section" buttons,
 * citation popovers that close on Escape and stay on screen, glossary terms
 * that open in place on a tap, and the level
 * switcher following the section being read. Everything here is optional:
 * without JavaScript the links and popovers still work through plain anchors
 * and CSS.
 */
import { initAnchorAliases } from './anchor-aliases';
import { initCitations } from './citations';
import { initCopyLinks } from './copy-links';
import { initDepthMemory } from './depth-memory';
import { initDisclosures } from './disclosures';
import { initSectionTracking } from './section-tracking';
import { initShareButtons } from './share-button';
import { initTermTaps } from './term-taps';
import { initThemeToggle } from './theme';

initAnchorAliases();
initCopyLinks();
initShareButtons();
initCitations();
initSectionTracking();
initThemeToggle();
initDepthMemory();
initDisclosures();
initTermTaps();
