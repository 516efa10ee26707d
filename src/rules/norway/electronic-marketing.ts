import { itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { norwegianLawApplies } from './applies.ts';

/** The conditions of the existing-customer exception, each a yes the file must record (§ 15 third paragraph). */
const CONDITIONS = ['addressFromSale', 'ownSimilarProducts', 'optOutAtCollection', 'optOutEachMessage'] as const;

// markedsføringsloven § 15: marketing by e-mail, SMS and similar electronic messages to
// natural persons needs prior consent, or the existing-customer exception with all its
// conditions. The rule speaks only where the file records electronic channels: a
// direct-marketing purpose without `marketing` is not known to send any.
export const rule: Rule = {
  id: 'norway/electronic-marketing',
  principle: 'consent',
  article: 'markedsføringsloven § 15',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: newsletter\npurposes:\n  - id: offers\n    kinds: [direct-marketing]\n    marketing:\n      channels: [e-mail]\n      toNaturalPersons: true\n      basis: existing-customer\n      existingCustomer:\n        relationship: Subscription customers\n        addressFromSale: true\n        ownSimilarProducts: true\n        optOutAtCollection: false\n        optOutEachMessage: true\n',
    good: 'schemaVersion: 1\nid: newsletter\npurposes:\n  - id: offers\n    kinds: [direct-marketing]\n    marketing:\n      channels: [e-mail]\n      toNaturalPersons: true\n      basis: existing-customer\n      existingCustomer:\n        relationship: Subscription customers\n        addressFromSale: true\n        ownSimilarProducts: true\n        optOutAtCollection: true\n        optOutEachMessage: true\n',
  },
  check({ data, config }, report) {
    if (!norwegianLawApplies(data, config)) return;
    list(data.purposes).forEach((purpose, index) => {
      const marketing = purpose?.marketing;
      if (!marketing || list(marketing.channels).length === 0) return;
      // Only messages to businesses' role addresses fall outside; a recorded "no" is the file's answer.
      if (marketing.toNaturalPersons === false) return;
      const name = itemName(purpose, index);
      const path = ['purposes', index, 'marketing'];
      if (marketing.toNaturalPersons === undefined) report([...path, 'toNaturalPersons'], { purpose: name, recipientsUnstated: 'yes' });
      if (marketing.basis === undefined) {
        report([...path, 'basis'], { purpose: name, noBasis: 'yes' });
        return;
      }
      if (marketing.basis !== 'existing-customer') return;
      const existing = marketing.existingCustomer;
      if (!existing?.relationship?.trim()) report([...path, 'existingCustomer', 'relationship'], { purpose: name, relationship: 'yes' });
      for (const condition of CONDITIONS) {
        if (existing?.[condition] !== true) report([...path, 'existingCustomer', condition], { purpose: name, [condition]: 'yes' });
      }
    });
  },
};
