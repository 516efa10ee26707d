import { aiUsed, filled } from '../facts.ts';
import type { Rule } from '../types.ts';
import { aiActClass, annexIIIOutsidePoint2, decidesAboutPeople, highRiskDeployer } from './scope.ts';

// Art. 26 binds deployers of high-risk systems (from 2 August 2026 for Annex III systems,
// Art. 113; see the report for a later date). Logs (26(6)) are ai-act/logs; the
// fundamental-rights impact assessment is ai-act/fria. 26(11) applies to Annex III
// systems that make or assist decisions about natural persons.
const DUTIES = ['instructions', 'inputData', 'monitoring', 'providerInformation'] as const;

export const rule: Rule = {
  id: 'ai-act/deployer-duties',
  principle: 'accountability',
  article: 'AI Act Art. 26(1), 26(2), 26(4), 26(5), 26(9), 26(11)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: instant-credit\nsystem:\n  ai:\n    used: true\n    aiActRisk: high\n    annexIII: [5(b)]\n    aiAct: {role: deployer}\n',
    good: 'schemaVersion: 1\nid: instant-credit\nsystem:\n  ai:\n    used: true\n    aiActRisk: high\n    annexIII: [5(b)]\n    humanOversight: Two trained credit officers review every rejection and can stop automatic decisions.\n    aiAct:\n      role: deployer\n      deployer:\n        instructions: Used only for consumer invoice credit up to the limits in the provider\'s instructions; the checklist is reviewed at each release.\n        inputData: Only bureau data and our own payment history, checked monthly against the provider\'s input specification.\n        monitoring: Weekly review of approval rates and overrides; the provider and the market surveillance authority are told of risks and serious incidents.\n        providerInformation: The provider\'s instructions for use (v3, section 5 on limits and known biases) were used for risks R1-R3 of this DPIA.\n        informAffected: The checkout says that a high-risk AI system assesses creditworthiness and that a credit officer reviews refusals.\n    automatedDecision: {exists: true}\n    decisionSupport: {exists: false}\n',
  },
  check({ data }, report) {
    if (!aiUsed(data) || aiActClass(data) !== 'high') return;
    const ai = data.system!.ai!;
    if (!ai.aiAct?.role) {
      report(['system', 'ai', 'aiAct', 'role'], { role: 'yes' });
      return;
    }
    if (!highRiskDeployer(data)) return;
    for (const duty of DUTIES) {
      if (!filled(ai.aiAct.deployer?.[duty])) report(['system', 'ai', 'aiAct', 'deployer', duty], { [duty]: 'yes' });
    }
    if (!filled(ai.humanOversight)) report(['system', 'ai', 'humanOversight'], { humanOversight: 'yes' });
    if (annexIIIOutsidePoint2(data) && decidesAboutPeople(data) && !filled(ai.aiAct.deployer?.informAffected)) {
      report(['system', 'ai', 'aiAct', 'deployer', 'informAffected'], { informAffected: 'yes' });
    }
  },
};
