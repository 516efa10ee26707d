// Cases of the data/* rules that one fail fixture per rule cannot hold.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ruleHits } from '../helpers/rules.ts';

describe('data rules', () => {
  it('data/minimisation fires once at dataCategories when no data is listed', () => {
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\n', 'data/minimisation'), ['dataCategories']);
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\ndataCategories: []\n', 'data/minimisation'), ['dataCategories']);
  });

  it('data/retention leaves a malformed period to schema/invalid', () => {
    // "2 years" is a duration in words now (read as P2Y); "a while" is none.
    const yaml = 'schemaVersion: 1\nid: x\ndataCategories:\n  - id: contact\n    retention: a while\n';
    assert.deepEqual(ruleHits(yaml, 'data/retention'), []);
    assert.deepEqual(ruleHits(yaml, 'schema/invalid'), ['dataCategories.0.retention']);
  });

  it('data/free-text recognises content in en and nb, but not addresses, counts or the chatbot itself', () => {
    const category = (name: string, description = '') =>
      `schemaVersion: 1\nid: x\ndataCategories:\n  - id: c\n    name: ${name}\n    description: ${description || name}\n`;
    for (const [name, description] of [
      ['Call notes', 'What the agent wrote'], ['Chat log', ''], ['Transcripts of support calls', ''],
      ['E-mails', 'Sender and body of e-mails'], ['Tickets', 'Subject and message text'], ['Comments', 'Comments from sales'],
      ['Chatlogg', ''], ['Kunde-e-post', 'Avsender, emne og tekst i e-poster'], ['Saksnotater', ''], ['Meldinger', 'Innholdet i meldingene'],
      ['Skjema', 'Fritekstfelt i kontaktskjemaet'], ['Samtaler', 'Transkribert samtale'],
    ]) {
      assert.deepEqual(ruleHits(category(name, description), 'data/free-text'), ['dataCategories.0.incidentalSpecial'], name);
    }
    for (const [name, description] of [
      ['Contact details', 'Name, work e-mail address, phone'], ['Kontaktopplysninger', 'Navn, e-postadresse og telefon'],
      ['Chatbot usage', 'Number of chatbot sessions'], ['Engagement', 'Replies to sales e-mails, meetings booked'],
      ['Notification settings', 'Whether the customer wants e-mail or SMS'],
    ]) {
      assert.deepEqual(ruleHits(category(name, description), 'data/free-text'), [], name);
    }
  });

  it('data/free-text: types alone are enough, special categories and a "no" end the questions', () => {
    const yaml = (extra: string) => `schemaVersion: 1\nid: x\ndataCategories:\n  - id: c\n    name: Tickets\n${extra}`;
    assert.deepEqual(ruleHits(yaml('    types: [free-text]\n'), 'data/free-text'), ['dataCategories.0.incidentalSpecial']);
    assert.deepEqual(ruleHits(yaml('    types: [communications]\n    special: true\n'), 'data/free-text'), []);
    assert.deepEqual(ruleHits(yaml('    types: [communications]\n    incidentalSpecial: {possible: false}\n'), 'data/free-text'), []);
    assert.deepEqual(ruleHits(yaml('    types: [communications]\n    incidentalSpecial: {possible: true, condition: legal-claims, handling: TODO}\n'), 'data/free-text'),
      ['dataCategories.0.incidentalSpecial.handling']);
  });
});
