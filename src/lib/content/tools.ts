/** The interactive tools, each with its own page at /tools/<slug>/. */
export const TOOLS = [
  {
    slug: 'dose-explorer',
    title: 'Dose explorer',
    summary: 'Estradiol route and daily dose → the bone-density change versus placebo that trials measured at spine and hip.',
  },
  {
    slug: 't-score',
    title: 'T-score calculator',
    summary: 'A hip BMD from a DXA report → T-score against young adults, the WHO category, and what it means.',
  },
  {
    slug: 'absolute-risk',
    title: 'Absolute risk in people',
    summary: 'A baseline fracture risk and a trial’s relative effect → how many people out of 100 or 1000 are spared a fracture, with the NNT.',
  },
  {
    slug: 'remodeling',
    title: 'Bone remodeling simulator',
    summary: 'Estrogen level or menopause → bone-building and bone-removing cells, RANKL/OPG and bone volume over 10 years, from a published cell model.',
  },
  {
    slug: 'forest-plot',
    title: 'Forest plot',
    summary: 'Trials pooled by meta-analysis, with a toggle between fixed-effect, DerSimonian–Laird, REML and Hartung–Knapp estimates.',
  },
] as const;
