import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';
import { annexIIIOutsidePoint2, highRiskDeployer, significantDecision } from './scope.ts';

// Art. 86(1): a person subject to a decision the deployer takes on the output of an
// Annex III high-risk system (not point 2) with legal or similarly significant effect
// may obtain clear and meaningful explanations of the AI's role and the main elements of
// the decision. 86(3): only so far as Union law does not already give that right.
export const rule: Rule = {
  id: 'ai-act/explanation',
  principle: 'transparency',
  article: 'AI Act Art. 86(1)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: instant-credit\nsystem:\n  ai:\n    used: true\n    aiActRisk: high\n    annexIII: [5(b)]\n    aiAct: {role: deployer}\n    automatedDecision: {exists: true, significantEffect: true}\n',
    good: 'schemaVersion: 1\nid: instant-credit\nsystem:\n  ai:\n    used: true\n    aiActRisk: high\n    annexIII: [5(b)]\n    aiAct:\n      role: deployer\n      explanation: On request in the customer portal a credit officer explains within a week what the score weighed and which main factors decided the refusal.\n    automatedDecision: {exists: true, significantEffect: true}\n',
  },
  check({ data }, report) {
    if (!highRiskDeployer(data) || !annexIIIOutsidePoint2(data) || !significantDecision(data)) return;
    if (!filled(data.system?.ai?.aiAct?.explanation)) report(['system', 'ai', 'aiAct', 'explanation']);
  },
};
