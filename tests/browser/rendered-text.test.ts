/**
 * Pages a reader reaches by trimming or following an old address. (No words
 * run together on any page: the run-together check of every-page.test.ts.)
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launch, PagePool } from './browser';

let browser: Browser;
const pool = new PagePool(() => browser, {}, () => undefined);
beforeAll(async () => {
  browser = await launch();
  await pool.warm();
});
afterAll(async () => {
  await pool.close();
  await browser?.close();
});

describe('pages a reader reaches by trimming or following an old address', () => {
  test('/topics/ lists every topic, each with its three depths', async () => {
    const topics = readdirSync(path.resolve(import.meta.dirname, '../../content/topics')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
    await pool.use(async (page) => {
      const response = await page.goto(new URL('/topics/', baseUrl()).href, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe('All topics');
      for (const topic of topics) {
        expect(await page.locator(`a[href="/topics/${topic}/"]`).count(), topic).toBe(1);
        for (const level of ['fundamentals', 'intermediate', 'academic']) {
          expect(await page.locator(`a[href="/topics/${topic}/${level}/"]`).count(), `${topic} ${level}`).toBe(1);
        }
      }
    });
  });

  test('a moved page\'s redirect is titled with its destination', async () => {
    const html = await (await fetch(new URL('/topics/estrogen-dose/basic/', baseUrl()))).text();
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toMatch(/^Estrogen dose.* \(Fundamentals\) · Strata$/);
    expect(html).not.toContain('the page that moved');
  });

  test('/evidence/grading/ says which depths carry certainty labels, and Fundamentals pages do carry them', async () => {
    await pool.use(async (page) => {
      await page.goto(new URL('/evidence/grading/', baseUrl()).href, { waitUntil: 'load' });
      const summary = (await page.locator('.summary').textContent())!.replace(/\s+/g, ' ');
      expect(summary).toMatch(/Fundamentals/);
      expect(summary).toMatch(/Intermediate and Academic/);
      await page.goto(new URL('/topics/hormone-therapy-prevention/fundamentals/', baseUrl()).href, { waitUntil: 'load' });
      expect(await page.locator('article a.certainty, article .certainty').count()).toBeGreaterThan(0);
    });
  });
});
