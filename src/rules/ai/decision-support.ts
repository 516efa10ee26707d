import { aiUsed, decisionSupport, filled } from '../facts.ts';
import type { Rule } from '../types.ts';

// Decision support is not Art. 22, but only while the person's part is meaningful: who
// decides, how they understand the output and when they depart from it are what make the
// decision theirs (WP251 rev.01; C-634/21 SCHUFA, where a score a decision "draws strongly"
// on was itself the decision). The question before it, what the output is used for, is
// asked here too: until it is answered, neither this rule nor fairness/human-review can
// tell whether it applies.
export const rule: Rule = {
  id: 'ai/decision-support',
  principle: 'fairness',
  article: 'GDPR Art. 22(1); WP251 rev.01',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: churn\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: false}\n    decisionSupport: {exists: true}\n',
    good: 'schemaVersion: 1\nid: churn\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: false}\n    decisionSupport:\n      exists: true\n      decidedBy: Retention agents decide whom to call and which offer to make; they may ignore the score\n      understanding: The score shows its three strongest reasons; agents are trained on what it cannot know\n      departure: Agents skip or add customers with a reason; about 20 % of calls are chosen against the score\n',
  },
  check({ data }, report) {
    const ai = data.system?.ai;
    if (decisionSupport(data)) {
      for (const field of ['decidedBy', 'understanding', 'departure'] as const) {
        if (!filled(ai?.decisionSupport?.[field])) report(['system', 'ai', 'decisionSupport', field], { [field]: 'yes' });
      }
      return;
    }
    if (!aiUsed(data) || ai?.automatedDecision?.exists === true) return;
    // Both answered false: the output decides nothing about people (the person may ignore it).
    const noAutomated = typeof ai?.automatedDecision?.exists !== 'boolean';
    const noSupport = typeof ai?.decisionSupport?.exists !== 'boolean';
    if (!noAutomated && !noSupport) return;
    report(['system', 'ai', noSupport ? 'decisionSupport' : 'automatedDecision', 'exists'], {
      unknown: 'yes',
      noAutomated: noAutomated ? 'yes' : '',
      noSupport: noSupport ? 'yes' : '',
      both: noAutomated && noSupport ? 'yes' : '',
    });
  },
};
