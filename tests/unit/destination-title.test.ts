import { describe, expect, test } from 'vitest';
import { destinationTitle } from '../../src/lib/links/destination-title';

const sources = {
  topics: [{ id: 'estrogen-dose', title: 'Estrogen dose and bone' }],
  articles: [
    { id: 'estrogen-dose/fundamentals', title: 'Does the dose of estrogen matter for bones?' },
    { id: 'estrogen-dose/academic', title: 'Estrogen dose–response in bone' },
  ],
};

describe('destinationTitle names the page a redirect leads to', () => {
  test('an article at a depth, with or without a section', () => {
    expect(destinationTitle('/topics/estrogen-dose/fundamentals/', sources)).toBe('Does the dose of estrogen matter for bones? (Fundamentals)');
    expect(destinationTitle('/topics/estrogen-dose/academic/#rankl-opg', sources)).toBe('Estrogen dose–response in bone (Academic)');
  });
  test('a topic, a depth hub, a tool and the fixed pages', () => {
    expect(destinationTitle('/topics/estrogen-dose/', sources)).toBe('Estrogen dose and bone');
    expect(destinationTitle('/intermediate/', sources)).toBe('Intermediate: every topic');
    expect(destinationTitle('/tools/t-score/?bmd=0.65', sources)).toBe('T-score calculator');
    expect(destinationTitle('/topics/', sources)).toBe('All topics');
    expect(destinationTitle('/glossary/', sources)).toBe('Glossary');
  });
  test('an address it cannot name (or a depth the topic lacks) is given as the path, never as a placeholder', () => {
    expect(destinationTitle('/topics/estrogen-dose/intermediate/', sources)).toBe('/topics/estrogen-dose/intermediate/');
    expect(destinationTitle('/topics/unknown/', sources)).toBe('/topics/unknown/');
    expect(destinationTitle('/trials/wht-2002/', sources)).toBe('/trials/wht-2002/');
  });
});
