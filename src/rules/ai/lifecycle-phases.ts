import { list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { possiblePurpose } from '../purpose/lifecycle-facts.ts';
import type { Path } from '../../model/locate.ts';

// The EDPB treats developing an AI model (collection, training) and deploying it (use,
// retraining) as distinct processing, each with its own purposes and legal basis (Opinion
// 28/2024). A system trained on personal data whose file describes no phase leaves the
// development phase out of the assessment (Art. 35(7)(a)).
export const rule: Rule = {
  id: 'ai/lifecycle-phases',
  principle: 'purpose',
  article: 'GDPR Art. 35(7)(a); EDPB Opinion 28/2024',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 2\nid: churn\nsystem:\n  ai:\n    used: true\n    usesPersonalDataForTraining: true\n',
    good: 'schemaVersion: 2\nid: churn\nsystem:\n  ai:\n    used: true\n    usesPersonalDataForTraining: true\nphases:\n  - id: training\n    stage: development\n    steps: [collection, training]\n',
  },
  check({ data }, report) {
    if (list(data.phases).length > 0) return;
    const training = list(data.purposes).findIndex((p) => list(p.kinds).includes('model-training') && !possiblePurpose(p));
    const path: Path | undefined = Array.isArray(data.phases) ? ['phases']
      : data.system?.ai?.usesPersonalDataForTraining === true ? ['system', 'ai', 'usesPersonalDataForTraining']
        : training >= 0 ? ['purposes', training, 'kinds'] : undefined;
    if (path === undefined) return;
    if (data.system?.ai?.usesPersonalDataForTraining !== true && training < 0) return;
    report(path, {});
  },
};
