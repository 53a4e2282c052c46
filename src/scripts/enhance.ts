/**
 * Progressive enhancement for every page: copy-a-section-link controls,
 * citation popovers that close on Escape and stay on screen, the theme
 * toggle, the remembered depth, disclosures and moved anchors. What only
 * articles and start pages need (section tracking, share buttons, glossary
 * taps) is in enhance-article.ts, loaded by those pages alone, so tool and
 * evidence pages stay within their script budget. Everything here is
 * optional: without JavaScript the links and popovers still work through
 * plain anchors and CSS.
 */
import { initAnchorAliases } from './anchor-aliases';
import { initCitations } from './citations';
import { initCopyLinks } from './copy-links';
import { initDepthMemory } from './depth-memory';
import { initDisclosures } from './disclosures';
import { initThemeToggle } from './theme';

initAnchorAliases();
initCopyLinks();
initCitations();
initThemeToggle();
initDepthMemory();
initDisclosures();
