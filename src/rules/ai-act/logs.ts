import { surelyLonger } from '../../model/dates.ts';
import type { Rule } from '../types.ts';
import { highRiskDeployer } from './scope.ts';

// Art. 26(6): the logs a high-risk system generates, to the extent they are under the
// deployer's control, are kept for a period appropriate to its purpose, of at least six
// months unless Union or national law (in particular data protection law) provides otherwise.
export const rule: Rule = {
  id: 'ai-act/logs',
  principle: 'accountability',
  article: 'AI Act Art. 26(6)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: instant-credit\nsystem:\n  ai:\n    used: true\n    aiActRisk: high\n    aiAct:\n      role: deployer\n      deployer: {logRetention: P3M}\n',
    good: 'schemaVersion: 1\nid: instant-credit\nsystem:\n  ai:\n    used: true\n    aiActRisk: high\n    aiAct:\n      role: deployer\n      deployer: {logRetention: P1Y}\n',
  },
  check({ data }, report) {
    if (!highRiskDeployer(data)) return;
    const retention = data.system?.ai?.aiAct?.deployer?.logRetention;
    const path = ['system', 'ai', 'aiAct', 'deployer', 'logRetention'];
    if (retention === undefined) report(path, { missing: 'yes' });
    else if (surelyLonger('P6M', retention) === true) report(path, { retention });
  },
};
