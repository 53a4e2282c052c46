/**
 * Every per-page check, in the order each phase runs them (see ../visit.ts).
 * To add a check: write a PageCheck in this folder and list it here; it runs
 * in the one visit every page already gets, with no new pass over the site.
 */
import type { PageCheck } from '../visit';
import { axe } from './axe';
import { jsBudget } from './js-budget';
import { katexFontCoverage } from './katex-fonts';
import { chartText, noSidewaysScroll } from './narrow';
import { printFit } from './print-fit';
import { printHarms } from './print-harms';
import { runTogether } from './run-together';
import { cspMeta, noForeignRequestsOrErrors, widgetsLoad } from './security';
import { aboutLink, articleTrust } from './trust';

export const CHECKS: PageCheck[] = [cspMeta, jsBudget, axe, runTogether, katexFontCoverage, printHarms, articleTrust, aboutLink, widgetsLoad, noSidewaysScroll, chartText, printFit, noForeignRequestsOrErrors];
