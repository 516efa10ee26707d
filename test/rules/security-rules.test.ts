// Cases of the security/* rules that one fail fixture per rule cannot hold.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findingsOf, ruleHits } from '../helpers/rules.ts';

const withMeasures = (measures: string) => `schemaVersion: 1\nid: x\nsecurity:\n  measures:\n${measures}`;
const measure = (id: string, type: string, status: string, extra = '') =>
  `    - id: ${id}\n      type: ${type}\n      description: Something real\n      status: ${status}\n${extra}`;

describe('security rules', () => {
  it('security/measures fires once at security.measures when there are none', () => {
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\n', 'security/measures'), ['security.measures']);
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\nsecurity: {}\n', 'security/measures'), ['security.measures']);
  });

  it('security/encryption, access-control and backup fire at security.measures when no measure of their type exists', () => {
    const yaml = withMeasures(measure('logs', 'logging', 'implemented'));
    for (const id of ['security/encryption', 'security/access-control', 'security/backup']) {
      assert.deepEqual(ruleHits(yaml, id), ['security.measures'], id);
    }
  });

  it('a planned measure of the type is reported at its status, naming every pending one', () => {
    const yaml = withMeasures(measure('a', 'backup', 'planned') + measure('b', 'backup', 'planned'));
    const [finding] = findingsOf(yaml).filter((f) => f.rule === 'security/backup');
    assert.deepEqual(finding.path, ['security', 'measures', 0, 'status']);
    assert.equal(finding.args.measures, 'a, b');
  });

  it('security/access-control does not accept authentication alone, and says so', () => {
    const auth = findingsOf(withMeasures(measure('sso', 'authentication', 'implemented'))).filter((f) => f.rule === 'security/access-control');
    assert.equal(auth[0].args.authOnly, 'yes');
    const planned = findingsOf(withMeasures(measure('sso', 'authentication', 'planned'))).filter((f) => f.rule === 'security/access-control');
    assert.equal(planned[0].args.none, 'yes');
    assert.deepEqual(ruleHits(withMeasures(measure('sso', 'authentication', 'implemented') + measure('rbac', 'access-control', 'implemented')), 'security/access-control'), []);
  });

  it('security/overdue judges against the given day: due today is not overdue, yesterday is', () => {
    const yaml = withMeasures(measure('p', 'pseudonymisation', 'planned', '      owner: CRM team\n      due: 2026-05-10\n'));
    assert.deepEqual(ruleHits(yaml, 'security/overdue', { today: '2026-05-10' }), []);
    assert.deepEqual(ruleHits(yaml, 'security/overdue', { today: '2026-05-11' }), ['security.measures.0.due']);
  });

  it('security/overdue reports only a date in the past; a missing date or owner is security/planned-measure\'s', () => {
    const yaml = withMeasures(measure('a', 'logging', 'planned') + measure('b', 'backup', 'planned', '      due: 2026-05-01\n'));
    assert.deepEqual(ruleHits(yaml, 'security/overdue', { today: '2026-05-10' }), ['security.measures.1.due']);
    assert.deepEqual(ruleHits(yaml, 'security/planned-measure', { today: '2026-05-10' }),
      ['security.measures.0.due', 'security.measures.0.owner', 'security.measures.1.owner']);
  });

  it('security/planned-measure ignores implemented measures, placeholders count as missing, and malformed dates are schema/invalid\'s', () => {
    assert.deepEqual(ruleHits(withMeasures(measure('p', 'policy', 'implemented')), 'security/planned-measure'), []);
    assert.deepEqual(ruleHits(withMeasures(measure('p', 'policy', 'planned', '      owner: TBD\n      due: 2026-12-01\n')), 'security/planned-measure'), ['security.measures.0.owner']);
    const malformed = withMeasures(measure('p', 'policy', 'planned', '      owner: CRM team\n      due: next spring\n'));
    assert.deepEqual(ruleHits(malformed, 'security/planned-measure'), []);
  });

  it('security/overdue ignores implemented measures and leaves malformed dates to schema/invalid', () => {
    assert.deepEqual(ruleHits(withMeasures(measure('p', 'policy', 'implemented')), 'security/overdue'), []);
    const yaml = withMeasures(measure('p', 'policy', 'planned', '      owner: CRM team\n      due: next spring\n'));
    assert.deepEqual(ruleHits(yaml, 'security/overdue'), []);
    assert.deepEqual(ruleHits(yaml, 'schema/invalid'), ['security.measures.0.due']);
  });
});
