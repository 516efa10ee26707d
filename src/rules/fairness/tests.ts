import { aiUsed, filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

// What a bias test must say to be repeatable: what is measured, for which group, the
// limit it must stay within, and how often it runs.
const REQUIRED = ['metric', 'attribute', 'threshold', 'frequency'] as const;

export const rule: Rule = {
  id: 'fairness/tests',
  principle: 'fairness',
  article: 'GDPR Art. 5(1)(a); recital 71',
  severity: 'warning',
  messages: {
    en: '{none?:the AI system has no bias or fairness tests}{test?:fairness test {test} does not say {metric?:which metric it measures}{attribute?:which attribute or group it compares}{threshold?:what result is acceptable (threshold)}{frequency?:how often it runs}}',
    nb: '{none?:KI-systemet har ingen tester for skjevhet eller rettferdighet}{test?:rettferdighetstesten {test} sier ikke {metric?:hvilken metrikk den måler}{attribute?:hvilket kjennetegn eller hvilken gruppe den sammenligner}{threshold?:hvilket resultat som er akseptabelt (terskel)}{frequency?:hvor ofte den kjøres}}',
  },
  hint: {
    en: 'Under `fairness.tests`, add a test per risk of unfair outcomes, each with `metric` (e.g. demographic parity difference), `attribute` (e.g. age band, gender, postcode as a proxy), `threshold` and `frequency` (e.g. P3M).',
    nb: 'Legg under `fairness.tests` inn en test for hver risiko for urettferdige utfall, hver med `metric` (f.eks. forskjell i positiv rate mellom grupper), `attribute` (f.eks. aldersgruppe, kjønn, postnummer som stedfortreder), `threshold` og `frequency` (f.eks. P3M).',
  },
  why: {
    en: 'Personal data must be processed fairly (Art. 5(1)(a)). For profiling, recital 71 expects appropriate mathematical or statistical procedures that prevent discriminatory effects; regular bias tests are how a team shows it. Where an automated decision falls under Art. 22 they support the suitable safeguards that Art. 22(3) requires, and providers of high-risk AI systems must examine their data for possible biases (AI Act Art. 10(2)(f)).',
    nb: 'Personopplysninger skal behandles på en rettferdig måte (art. 5 nr. 1 bokstav a). Ved profilering forutsetter fortalepunkt 71 egnede matematiske eller statistiske prosedyrer som hindrer diskriminerende virkninger; jevnlige tester for skjevhet er måten å vise det på. Når en automatisert avgjørelse faller inn under art. 22, støtter de de egnede garantiene som art. 22 nr. 3 krever, og tilbydere av KI-systemer med høy risiko skal undersøke dataene for mulige skjevheter (KI-forordningen art. 10 nr. 2 bokstav f).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true, type: predictive model}\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true, type: predictive model}\nfairness:\n  tests:\n    - id: age-parity\n      metric: demographic parity difference\n      attribute: age band\n      threshold: 0.1\n      frequency: P3M\n',
  },
  check({ data }, report) {
    if (!aiUsed(data)) return;
    const tests = list(data.fairness?.tests);
    if (tests.length === 0) {
      report(['fairness', 'tests'], { none: 'yes' });
      return;
    }
    tests.forEach((test, index) => {
      for (const field of REQUIRED) {
        if (!filled(test?.[field])) report(['fairness', 'tests', index, field], { test: test?.id ?? String(index + 1), [field]: 'yes' });
      }
    });
  },
};
