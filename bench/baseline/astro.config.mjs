// @ts-check
/**
 * The plain Astro 7 + MDX baseline for `npm run bench:build`: the project's
 * installed astro, @astrojs/mdx, remark-math and KaTeX (rehype-katex), no
 * Strata integration, no checks, no post-build passes. Articles are read from
 * BASELINE_CONTENT_DIR (written by scripts/bench-build.mjs); output and cache
 * go to BASELINE_OUT_DIR and BASELINE_CACHE_DIR.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  site: 'https://baseline.example.org',
  output: 'static',
  ...(process.env.BASELINE_OUT_DIR ? { outDir: process.env.BASELINE_OUT_DIR } : {}),
  ...(process.env.BASELINE_CACHE_DIR ? { cacheDir: process.env.BASELINE_CACHE_DIR } : {}),
  build: { format: 'directory' },
  // As in Strata's config: Astro 7's default processor skips remark/rehype plugins.
  markdown: { processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml' }]] }) },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
