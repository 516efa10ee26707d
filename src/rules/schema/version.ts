import { asWritten } from '../../model/hash.ts';
import { SCHEMA_VERSION } from '../../model/schema.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'schema/version',
  principle: 'structure',
  article: 'GDPR Art. 5(2)',
  severity: 'warning',
  example: {
    bad: 'id: lead-scoring\ntitle: AI lead scoring in the CRM\n',
    good: `schemaVersion: ${SCHEMA_VERSION}\nid: lead-scoring\ntitle: AI lead scoring in the CRM\n`,
  },
  check({ data }, report) {
    // A value of the wrong type is schema/invalid's finding; the engine drops a report
    // at a path that is already invalid, so only a really absent key shows up here. A
    // file written for an older version is read migrated in memory (src/model/load.ts):
    // the rules see the current shape, and this finding says to migrate the file.
    const version = data.schemaVersion;
    // Without a schemaVersion, a file in the old shape has been read as 1 and migrated in memory; one without old fields is read as the current version.
    const shape = 'consent' in asWritten(data as Record<string, unknown>) ? 1 : SCHEMA_VERSION;
    if (!('schemaVersion' in data)) report(['schemaVersion'], { shape, missing: 'yes' });
    else if (typeof version === 'number' && version < SCHEMA_VERSION) report(['schemaVersion'], { old: version, current: SCHEMA_VERSION });
  },
};
