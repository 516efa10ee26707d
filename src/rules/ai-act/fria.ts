import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';
import { friaRequired } from './scope.ts';

// Art. 27(1): before first use, a deployer that is a body governed by public law or a
// private entity providing public services, and any deployer of an Annex III 5(b) or 5(c)
// system, assesses the impact on fundamental rights: (a)-(f); 27(3): it notifies the market
// surveillance authority of the results. Annex III point 2 is excepted. A public authority
// is read from `controller.type`; whether a publicly owned company is a body governed by
// public law is not guessed.
const ELEMENTS = ['processes', 'period', 'affected', 'risks', 'oversight', 'measures'] as const;

export const rule: Rule = {
  id: 'ai-act/fria',
  principle: 'accountability',
  article: 'AI Act Art. 27(1), 27(3)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: instant-credit\nsystem:\n  ai:\n    used: true\n    aiActRisk: high\n    annexIII: [5(b)]\n    aiAct: {role: deployer}\n',
    good: 'schemaVersion: 1\nid: instant-credit\nsystem:\n  ai:\n    used: true\n    aiActRisk: high\n    annexIII: [5(b)]\n    aiAct:\n      role: deployer\n      fria:\n        processes: Invoice credit at checkout in the web shop.\n        period: Continuously from go-live, about 2 000 checks a day.\n        affected: Consumers buying on invoice, including young adults with thin credit files.\n        risks: Wrongful refusals of people with thin files; indirect discrimination by postcode.\n        oversight: Credit officers review every refusal within a day and can reverse it.\n        measures: A refusal can be appealed in the customer portal; the credit committee reviews complaints monthly.\n        notified: 2026-09-01\n',
  },
  check({ data, config }, report) {
    if (!friaRequired(data, config)) return;
    const fria = data.system?.ai?.aiAct?.fria;
    for (const element of ELEMENTS) {
      if (!filled(fria?.[element])) report(['system', 'ai', 'aiAct', 'fria', element], { [element]: 'yes' });
    }
    if (fria?.notified === undefined) report(['system', 'ai', 'aiAct', 'fria', 'notified'], { notified: 'yes' });
  },
};
