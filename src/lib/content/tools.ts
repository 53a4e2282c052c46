/** The interactive tools, each with its own page at /tools/<slug>/. */
export const TOOLS = [
  {
    slug: 'dose-explorer',
    title: 'Dose explorer',
    summary: 'Estradiol route and daily dose → the bone-density change versus placebo that trials measured at spine and hip.',
  },
] as const;
