/**
 * The bad-input catalogue: one fixture per way content can be wrong. Each
 * must fail validation with a message naming the file, the line or field,
 * and how to fix it. Full messages are pinned by snapshots so a dependency
 * upgrade cannot silently make them unreadable.
 */
import { describe, expect, test } from 'vitest';
import { buildBibliography, loadBibliography } from '../../src/lib/bib/bibliography';
import { bareCertaintyProblems, pairedHarmProblems, trialBenefitHarmProblems, unknownClaimProblems, unknownClaimTrialProblems } from '../../src/lib/claims/claim-checks';
import { crossCheckClaims, validateClaimsSource } from '../../src/lib/claims/load-claims';
import { profileRowProblems } from '../../src/lib/claims/profile-row-check';
import { ContentError } from '../../src/lib/content-error';
import { relatedTargets, topicProblems, validateTopicSource } from '../../src/lib/content/load-topics';
import { sectionQuestionProblems } from '../../src/lib/content/section-questions';
import { validateEvidenceSource } from '../../src/lib/evidence/load-evidence';
import { loadSiteData } from '../../src/lib/site-data';
import { validateTrialSource } from '../../src/lib/trials/load-trials';
import { errorMessage, fixture, parseRecordsOf, processMdx, ROOT } from '../helpers/pipeline';

const bibliography = loadBibliography(ROOT);

describe('references.bib', () => {
  const cases: Array<[string, string[]]> = [
    ['bib-missing-field.bib', ['bib-missing-field.bib:1', 'nojournal2003.journal', 'does not say where it was published', 'Fix: Add one of: `journal`']],
    ['bib-malformed-doi.bib', ['bib-malformed-doi.bib:6', 'baddoi2003.doi', 'malformed DOI', 'no `https://doi.org/` prefix']],
    ['bib-malformed-pmid.bib', ['bib-malformed-pmid.bib:6', 'badpmid2003.pmid', 'malformed PMID', 'without a `PMID:` prefix']],
    ['bib-unbalanced-braces.bib', ['bib-unbalanced-braces.bib:', 'BibTeX syntax error', 'matching `}`']],
    ['bib-duplicate-key.bib', ['bib-duplicate-key.bib:8', 'Duplicate citation key `twice2003`', 'first defined on line 1']],
  ];
  test.each(cases)('%s fails with file, line and fix', async (name, expected) => {
    const message = await errorMessage(() => buildBibliography(fixture(`bad/${name}`), `tests/fixtures/bad/${name}`));
    for (const part of expected) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });

  test('a ContentError keeps every problem, not just the first', async () => {
    const text = fixture('bad/bib-malformed-doi.bib') + '\n' + fixture('bad/bib-missing-field.bib');
    try {
      buildBibliography(text, 'two-problems.bib');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).problems).toHaveLength(2);
    }
  });
});

describe('trial records', () => {
  const cases: Array<[string, string[]]> = [
    ['trial-ci-excludes-estimate.yaml', ['trial-ci-excludes-estimate.yaml:18', 'outcomes[0].ci', 'does not contain the estimate 2.8']],
    ['trial-arms-not-summing.yaml', ['trial-arms-not-summing.yaml:8', '`arms`', 'sum to 131 but population.randomized is 167']],
    ['trial-missing-locator.yaml', ['trial-missing-locator.yaml:11', 'outcomes[0].locator', 'Every number needs a `locator`']],
    ['trial-unknown-citation.yaml', ['trial-unknown-citation.yaml:1', '`citation`', 'not in references.bib', 'Did you mean `prestwood2003ultralow`']],
    ['trial-unknown-route.yaml', ['trial-unknown-route.yaml:8', 'arms[0].route', 'oral']],
    ['trial-implausible-percent.yaml', ['trial-implausible-percent.yaml:11', 'outcomes[0].estimate', 'implausible']],
    ['trial-implausible-ratio.yaml', ['trial-implausible-ratio.yaml:', 'outcomes[0].estimate', 'must lie between 0.02 and 50']],
    ['trial-duplicate-arm-id.yaml', ['trial-duplicate-arm-id.yaml:', 'arms[1].id', 'Duplicate arm id "active"']],
    ['trial-active-arm-without-dose.yaml', ['trial-active-arm-without-dose.yaml:', 'arms[0].dose', 'active treatment but has no dose']],
    ['trial-unknown-arm.yaml', ['trial-unknown-arm.yaml:', 'outcomes[0].arm', 'Unknown arm "activ"']],
    ['trial-comparison-without-versus.yaml', ['trial-comparison-without-versus.yaml:', 'outcomes[0].versus', 'add `versus`']],
    ['trial-ci-and-se.yaml', ['trial-ci-and-se.yaml:', 'outcomes[0].se', 'not both']],
    ['trial-events-exceed-arm.yaml', ['trial-events-exceed-arm.yaml:', 'outcomes[0].events', '12 events is more than the 10 participants']],
    ['trial-blinding-without-source.yaml', ['trial-blinding-without-source.yaml:4', 'design.blindingSource', 'recorded as "double-blind"', 'or record blinding as "not reported"']],
  ];
  test.each(cases)('%s fails with file, line and field path', (name, expected) => {
    const { problems, trial } = validateTrialSource(fixture(`bad/${name}`), `tests/fixtures/bad/${name}`, bibliography);
    expect(problems.length).toBeGreaterThan(0);
    const message = new ContentError(problems).message;
    for (const part of expected) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
    if (name !== 'trial-unknown-citation.yaml') expect(trial).toBeUndefined();
  });
});

describe('topic records', () => {
  const known = relatedTargets(ROOT);
  const cases: Array<[string, string[]]> = [
    ['topic-unknown-group.yaml', ['topic-unknown-group.yaml:6', '(field `group`)', '`group: treatment` is not a known group', '`group` must be one of: risk, prevent, treat, special, understand', 'find out my risk']],
    ['topic-unknown-related.yaml', ['topic-unknown-related.yaml:9', '(field `related[1]`)', '"start/osteopinia" names no start page (content/start/osteopinia.mdx)', 'Did you mean `start/osteopenia`']],
  ];
  test.each(cases)('%s fails with file, line, field and the allowed values', (name, expected) => {
    const problems = validateTopicSource(fixture(`bad/${name}`), `tests/fixtures/bad/${name}`, known);
    expect(problems).toHaveLength(1);
    const message = new ContentError(problems).message;
    for (const part of expected) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });

  test('a topic record without a group fails the same way', () => {
    const text = fixture('bad/topic-unknown-group.yaml').replace('group: treatment\n', '');
    const message = new ContentError(validateTopicSource(text, 'content/topics/x.yaml', known)).message;
    expect(message).toContain('content/topics/x.yaml');
    expect(message).toContain('The topic has no `group`.');
    expect(message).toContain('`group` must be one of: risk, prevent, treat, special, understand');
  });

  test('every real topic record is valid', () => {
    expect(topicProblems(ROOT)).toEqual([]);
  });
});

describe('evidence questions', () => {
  const { trials } = loadSiteData(ROOT);
  const cases: Array<[string, string[]]> = [
    ['evidence-unknown-trial.yaml', ['evidence-unknown-trial.yaml:20', 'outcomes[0].studies[1].trial', 'No trial "whi-ea-206"', 'Did you mean `whi-ea-2006`']],
    ['evidence-no-interval.yaml', ['evidence-no-interval.yaml:16', 'outcomes[0].studies[0].site', 'reports no confidence interval', 'cannot be pooled']],
    ['evidence-grade-mismatch.yaml', ['evidence-grade-mismatch.yaml:23', 'outcomes[0].grade.certainty', 'rated down 2 level(s) is "low"']],
    // Today's antiresorptive pool (FIT + FREEDOM): REML 0.25–0.67, but Hartung–Knapp 0.02–10 (the interval the rule reads).
    ['evidence-imprecision-contradicts-interval.yaml', ['evidence-imprecision-contradicts-interval.yaml:25', 'outcomes[0].grade.imprecision.rating', 'runs from 0.02 to 10', 'crosses no effect (1) and the important-effect thresholds 0.75 and 1.25']],
    ['evidence-inconsistency-unexplained.yaml', ['evidence-inconsistency-unexplained.yaml:23', 'outcomes[0].grade.inconsistency.rating', 'I² is 88%', '`grade.inconsistency.explanation`']],
    ['evidence-pooling-without-decision.yaml', ['evidence-pooling-without-decision.yaml:', 'outcomes[0].poolingDecision', 'pools estrogen-alone with estrogen-plus-progestogen trials without a recorded decision']],
  ];
  test.each(cases)('%s fails with file, line and field path', (name, expected) => {
    const { problems } = validateEvidenceSource(fixture(`bad/${name}`), `tests/fixtures/bad/${name}`, trials);
    const message = new ContentError(problems).message;
    for (const part of expected) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });
});

describe('articles (MDX)', () => {
  const cases: Array<[string, string[]]> = [
    ['unknown-cite-key.mdx', ['unknown-cite-key.mdx:7', 'Unknown citation key `@prestwood2003ultralw`', 'Did you mean `prestwood2003ultralow`']],
    ['malformed-citation.mdx', ['malformed-citation.mdx:7', 'Malformed citation `[@prestwood 2003]`']],
    ['duplicate-section-id.mdx', ['duplicate-section-id.mdx:9', 'Duplicate section id `dose-response`', 'already used on line 5']],
    ['missing-section-id.mdx', ['missing-section-id.mdx:9', 'Heading "Tablets or patches?" has no section id', '[#tablets-or-patches]']],
    ['malformed-section-id.mdx', ['malformed-section-id.mdx:5', '`Ultra_Low`', 'lower-case words joined by hyphens']],
    ['bad-math.mdx', ['bad-math.mdx:7', 'KaTeX cannot render this formula']],
    ['unknown-trial.mdx', ['unknown-trial.mdx:7', '<TrialTable id="prestwod-2003">', 'Did you mean `prestwood-2003`']],
    ['unknown-component.mdx', ['unknown-component.mdx:7', 'Unknown component <TrialTabel>', 'Did you mean `TrialTable`']],
    ['widget-prop-out-of-range.mdx', ['widget-prop-out-of-range.mdx:7', '<TScoreCalculator bmd={5}> is out of range', 'from 0.2 to 2 (g/cm²)']],
    ['widget-prop-bad-choice.mdx', ['widget-prop-bad-choice.mdx:7', '<RemodelingSimulator variant="complex"> is not an allowed value', 'simple, full']],
    ['glossary-unknown-term.mdx', ['glossary-unknown-term.mdx:7', '<Term id="osteoporsis"> has no glossary entry', 'Did you mean `osteoporosis`']],
  ];
  test.each(cases)('%s fails with file and line', async (name, expected) => {
    const message = await errorMessage(() => processMdx(`tests/fixtures/bad/${name}`));
    for (const part of expected) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });

  test('unclosed-component.mdx fails in the MDX parse itself, with file, line and fix', async () => {
    // The build's own MDX compile (Astro's processor) reports it; no second parser reads the file.
    const message = await errorMessage(() => parseRecordsOf('tests/fixtures/bad/unclosed-component.mdx'));
    expect(message).toContain('unclosed-component.mdx:7');
    expect(message).toContain('Close it with </Certainty>');
    expect(message).toMatchSnapshot();
  });

  test('questions-unknown-section.mdx: a questions key that names no section of the page fails with file, field and fix', async () => {
    const records = await parseRecordsOf('tests/fixtures/bad/questions-unknown-section.mdx');
    const problems = sectionQuestionProblems(records);
    expect(problems).toHaveLength(1);
    const message = new ContentError(problems).message;
    for (const part of ['questions-unknown-section.mdx', '`questions.after-stoping`', 'does not have', 'Did you mean `after-stopping`']) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });

  test('every real article compiles', async () => {
    const records = await parseRecordsOf();
    expect(records.length).toBeGreaterThanOrEqual(15);
  }, 180_000);
});

describe('claim records', () => {
  const cases: Array<[string, string[]]> = [
    ['claims-benefit-without-harms.yaml', ['claims-benefit-without-harms.yaml:9', 'claims[0].value.timeFrame', 'Claim "ht-ea-fractures-no-harms"', 'claims[0].pairedHarms', 'names the harm claims from the same source']],
    ['claims-paired-harm-mismatch.yaml', ['claims-paired-harm-mismatch.yaml:11', 'claims[0].pairedHarms[0]', 'Claim "fractures-benefit": paired harm "gallbladder-harm"', 'time frame "over 7.1 years" vs "over 7.2 years"']],
    ['claims-statement-without-reasons.yaml', ['claims-statement-without-reasons.yaml:', 'claims[0].source.locator', 'claims[0].certainty.reasons', 'Claim "receptor-mechanism"', 'why its certainty is "insufficient"']],
    ['claims-certainty-conflict.yaml', ['claims-certainty-conflict.yaml:19', 'claims[1].certainty.level', '"stroke-on-one-page"', '"stroke-on-another-page"', 'grade it "moderate" and "high"']],
  ];
  test.each(cases)('%s fails with file, line, claim id and field', (name, expected) => {
    const file = `tests/fixtures/bad/${name}`;
    const { claims, problems } = validateClaimsSource(fixture(`bad/${name}`), file);
    const all = [...problems, ...crossCheckClaims(claims, bibliography)];
    const message = new ContentError(all).message;
    for (const part of expected) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });
});

describe('claims that cite an evidence-profile row', () => {
  const { evidence, trials } = loadSiteData(ROOT);
  const cases: Array<[string, number, string[]]> = [
    ['claims-profile-row-unknown.yaml', 2, ['claims-profile-row-unknown.yaml:7', 'claims[0].profileRow', 'Claim "ht-fractures-row-by-title": profile "hormone-therapy-fractures" has no outcome "any fracture"; its outcome ids are `any-fracture`, `any-fracture-ep`', 'claims-profile-row-unknown.yaml:13', 'names no evidence profile "bone-building-drug-fractures"', 'Did you mean `bone-building-drugs-fractures`']],
    ['claims-profile-row-certainty.yaml', 2, ['claims-profile-row-certainty.yaml:6', 'claims[0].certainty.level', 'Claim "teriparatide-vertebral-high" is graded "high", but the profile row it cites (bone-building-drugs-fractures#teriparatide-vertebral-fracture) is rated "moderate" certainty, risk ratio 0.35 (95% CI 0.22 to 0.55)', 'Set `certainty.level: moderate`', 'Risk of bias, rated down one level', 'claims-profile-row-certainty.yaml:12', '"romosozumab-cardiovascular-low" is graded "low"', 'is rated "very-low" certainty, odds ratio 1.31']],
    ['claims-profile-row-number.yaml', 5, ['claims-profile-row-number.yaml:5', 'claims[0].value.number', 'states a risk ratio of 0.31, but its profile row bone-building-drugs-fractures#teriparatide-vertebral-fracture gives 0.35', 'Write `number: 0.35`', 'claims-profile-row-number.yaml:12', 'states a difference of -59 per 1000, but its profile row denosumab-fractures#vertebral-fracture gives 49 fewer per 1000 over 3 years', 'Write `number: -49`', 'claims-profile-row-number.yaml:19', 'states a difference of -6.6 percentage points (-66 per 1000)', 'gives 76 fewer per 1000', 'Write `number: -7.6`', 'claims-profile-row-number.yaml:26', 'states an odds ratio (0.64), but its profile row raloxifene-fractures#vertebral-fracture gives a risk ratio (0.64)', 'claims-profile-row-number.yaml:33', 'states its number -388 "per 10,000 women", a unit the row does not give', 'remove `profileRow` and keep the claim on its own source']],
  ];
  test.each(cases)('%s fails with file, line, claim id, what the row says and the fix', (name, count, expected) => {
    const file = `tests/fixtures/bad/${name}`;
    const { claims, problems } = validateClaimsSource(fixture(`bad/${name}`), file);
    expect(problems).toEqual([]);
    const found = profileRowProblems(claims, evidence, trials);
    expect(found).toHaveLength(count);
    const message = new ContentError(found).message;
    for (const part of expected) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });
});

describe('claims cited in articles (checks on the parse record)', () => {
  const { claims } = loadSiteData(ROOT);
  test('claim-unknown-id.mdx: an unknown claim id fails with file, line and the nearest id', async () => {
    const [record] = await parseRecordsOf('tests/fixtures/bad/claim-unknown-id.mdx');
    const message = new ContentError(unknownClaimProblems(record!, claims)).message;
    for (const part of ['claim-unknown-id.mdx:7', '<Claim id="ht-ea-fracture-uspstf" /> names no claim', 'Did you mean `ht-ea-fractures-uspstf`']) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });

  test('claim-bare-certainty.mdx: a bare level at Academic depth fails with file and line', async () => {
    const [record] = await parseRecordsOf('tests/fixtures/bad/claim-bare-certainty.mdx');
    const message = new ContentError(bareCertaintyProblems(record!, 'academic')).message;
    for (const part of ['claim-bare-certainty.mdx:7', '<Certainty level="high" /> grades a claim that has no record', '<Certainty claim="<id>" />']) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
    // The same label is allowed at Fundamentals depth.
    expect(bareCertaintyProblems(record!, 'fundamentals')).toEqual([]);
  });

  test('claim-missing-paired-harm.mdx: a section citing a benefit without all its paired harms names the section and the missing claims', async () => {
    const [record] = await parseRecordsOf('tests/fixtures/bad/claim-missing-paired-harm.mdx');
    const message = new ContentError(pairedHarmProblems(record!, claims)).message;
    for (const part of ['claim-missing-paired-harm.mdx:7', 'Section #fractures cites the benefit claim "ht-ea-fractures-uspstf" but not its paired harms "ht-ea-vte-uspstf"']) expect(message).toContain(part);
    expect(message).not.toContain('"ht-ea-stroke-uspstf"');
    expect(message).toMatchSnapshot();
  });

  test('claim-trial-benefit-without-harms.mdx: a widget showing a hormone-therapy trial\'s fracture benefit without that trial\'s harms names the section, the trial and the missing claims', async () => {
    const { trials } = loadSiteData(ROOT);
    const [record] = await parseRecordsOf('tests/fixtures/bad/claim-trial-benefit-without-harms.mdx');
    const message = new ContentError(trialBenefitHarmProblems(record!, claims, trials)).message;
    for (const part of ['claim-trial-benefit-without-harms.mdx:9', 'Section #absolute-risk shows the hip fracture benefit of hormone therapy in trial "whi-ea-2006" (<AbsoluteRisk>)', '"ht-ea-vte-uspstf"', '"ht-ea-gallbladder-uspstf"']) expect(message).toContain(part);
    // The stroke claim is in the section; the clot claim in the next section does not count.
    expect(message).not.toContain('"ht-ea-stroke-uspstf"');
    expect(message).toMatchSnapshot();
  });

  test('claim-drug-trial-harms-unstated.mdx: a bone drug\'s trial table without that trial\'s harm claims, or without the record that none were read in numbers, names the section, the trial and the claims to cite', async () => {
    const { trials } = loadSiteData(ROOT);
    const [record] = await parseRecordsOf('tests/fixtures/bad/claim-drug-trial-harms-unstated.mdx');
    const message = new ContentError(trialBenefitHarmProblems(record!, claims, trials)).message;
    for (const part of [
      'claim-drug-trial-harms-unstated.mdx:9: Section #vero shows the vertebral fracture benefit of teriparatide in trial "vero-2018" (<TrialTable>) but not the record of what is known of that trial\'s harms (none in numbers): "ab-vero-harms-unreported".',
      'claim-drug-trial-harms-unstated.mdx:17: Section #arch shows the vertebral fracture benefit of romosozumab in trial "arch-2017" (<TrialTable>) but not the harms counted in the same trial: "ab-arch-cv-year1".',
    ]) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });

  test('claims-unknown-trial.yaml: a claim naming a trial that is not a record fails with file, field and the nearest id', () => {
    const { trials } = loadSiteData(ROOT);
    const file = 'tests/fixtures/bad/claims-unknown-trial.yaml';
    const { claims: parsed, problems } = validateClaimsSource(fixture('bad/claims-unknown-trial.yaml'), file);
    expect(problems).toEqual([]);
    const message = new ContentError(unknownClaimTrialProblems(new Map(parsed.map((c) => [c.id, c])), trials)).message;
    for (const part of ['claims-unknown-trial.yaml:14', 'claims[0].trials', 'Claim "stroke-with-unknown-trial": trial "whi-ea-2060" is not a record', 'Did you mean `whi-ea-2006`']) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });

  test('claim-level-twice.mdx: a label with both a claim and a level fails in the parse, with file and line', async () => {
    const message = await errorMessage(() => processMdx('tests/fixtures/bad/claim-level-twice.mdx'));
    for (const part of ['claim-level-twice.mdx:7', 'gives its level twice', 'Remove `level`']) expect(message).toContain(part);
    expect(message).toMatchSnapshot();
  });
});
