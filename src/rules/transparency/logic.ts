import { filled, significantAutomatedDecision } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'transparency/logic',
  principle: 'transparency',
  article: 'GDPR Art. 13(2)(f), Art. 14(2)(g), Art. 15(1)(h)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: credit-limit\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: contract}\n',
    good: 'schemaVersion: 1\nid: credit-limit\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: contract}\ntransparency:\n  logicExplanation: The limit follows from payment history over 24 months and current open invoices; late payments lower it most; a lower limit means prepayment for new orders\n',
  },
  check({ data }, report) {
    if (!significantAutomatedDecision(data)) return;
    if (filled(data.transparency?.logicExplanation) || filled(data.system?.ai?.automatedDecision?.logic)) return;
    report(['transparency', 'logicExplanation']);
  },
};
