import { filled, itemName, list, purposesOf } from '../facts.ts';
import type { Rule } from '../types.ts';
import { norwegianLawApplies } from './applies.ts';

// ekomloven § 3-15 (in force 1 January 2025): storing or reading information on the
// person's device needs consent to the GDPR standard unless strictly necessary for a
// service the person expressly asked for. A category collected that way needs its
// purposes on consent, or the exception recorded with its reason.
export const rule: Rule = {
  id: 'norway/device-access',
  principle: 'consent',
  article: 'ekomloven § 3-15; GDPR Art. 4(11), 7; C-673/17 Planet49',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: app-suggestions\npurposes:\n  - id: personalise\n    legalBasis: legitimate-interests\ndataCategories:\n  - id: app-usage\n    name: Use of the app\n    purposes: [personalise]\n    deviceAccess:\n      stores: true\n      reads: true\n      technologies: [sdk]\n      strictlyNecessary: false\n',
    good: 'schemaVersion: 1\nid: app-suggestions\npurposes:\n  - id: personalise\n    legalBasis: consent\ndataCategories:\n  - id: app-usage\n    name: Use of the app\n    purposes: [personalise]\n    deviceAccess:\n      stores: true\n      reads: true\n      technologies: [sdk]\n      strictlyNecessary: false\n',
  },
  check({ data, config }, report) {
    if (!norwegianLawApplies(data, config)) return;
    list(data.dataCategories).forEach((category, index) => {
      if (!category) return;
      const name = itemName(category, index);
      const access = category.deviceAccess;
      if (access === undefined) {
        // Data the controller's app keeps on the device is stored there by the app.
        if (category.storage?.device === true) report(['dataCategories', index, 'deviceAccess'], { category: name, onDevice: 'yes' });
        return;
      }
      if (access.stores !== true && access.reads !== true) return;
      if (access.strictlyNecessary === true) {
        if (!filled(access.reason)) report(['dataCategories', index, 'deviceAccess', 'reason'], { category: name, noReason: 'yes' });
        return;
      }
      const notConsent = purposesOf(data, category).filter((p) => p.legalBasis !== undefined && p.legalBasis !== 'consent');
      if (notConsent.length > 0) {
        report(['dataCategories', index, 'deviceAccess', 'strictlyNecessary'], {
          category: name,
          purposes: notConsent.map((p) => p.name ?? p.id ?? '?').join(', '),
          ...(access.strictlyNecessary === undefined ? { unstated: 'yes' } : { notNecessary: 'yes' }),
        });
      }
    });
  },
};
