import { categoriesOfPurpose, hasKind, itemName, list } from '../facts.ts';
import type { DataCategory } from '../../model/schema.ts';
import type { Rule } from '../types.ts';
import { idsOf, restsOnLaw } from './basis-facts.ts';

// Data a body holds for a public task comes with the law that lays the task down; using
// it to develop a model is another processing that needs a law of its own (Datatilsynet's
// sandbox, NAV). Whether the law named on the training purpose covers it stays with
// people; an unnamed law is legal-basis/law's finding.
export const rule: Rule = {
  id: 'legal-basis/training-public-task',
  principle: 'purpose',
  article: 'GDPR Art. 6(1)(e), Art. 6(3)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: sick-leave-follow-up\npurposes:\n  - id: follow-up\n    legalBasis: public-task\n    legalBasisDetails: The agency\'s act, duty to follow up people on sick leave\n  - id: training\n    kinds: [model-training]\n    legalBasis: legitimate-interests\ndataCategories:\n  - id: sick-leave-history\n    purposes: [follow-up, training]\n',
    good: 'schemaVersion: 1\nid: sick-leave-follow-up\npurposes:\n  - id: follow-up\n    legalBasis: public-task\n    legalBasisDetails: The agency\'s act, duty to follow up people on sick leave\n  - id: training\n    kinds: [model-training]\n    legalBasis: public-task\n    legalBasisDetails: The section of the agency\'s act that provides for developing prediction models from case data\ndataCategories:\n  - id: sick-leave-history\n    purposes: [follow-up, training]\n',
  },
  check({ data }, report) {
    const purposes = list(data.purposes);
    // The tasks whose data is reused; another training purpose on a public task is not one.
    const taskIds = purposes
      .filter((p) => p.legalBasis === 'public-task' && p.id !== undefined && !hasKind(p, 'model-training'))
      .map((p) => p.id!);
    purposes.forEach((purpose, index) => {
      if (!hasKind(purpose, 'model-training') || restsOnLaw(purpose)) return;
      const servesTask = (category: DataCategory) => list(category.purposes).some((id) => taskIds.includes(id));
      const shared = categoriesOfPurpose(data, purpose).filter(servesTask);
      if (shared.length === 0) return;
      const tasks = taskIds.filter((id) => shared.some((category) => list(category.purposes).includes(id)));
      report(['purposes', index, 'legalBasis'], { purpose: itemName(purpose, index), categories: idsOf(shared), tasks: tasks.join(', ') });
    });
  },
};
