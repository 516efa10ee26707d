// The message catalogues (i18n/<lang>/<area>.json): every key in every language, every
// message valid ICU with the same arguments in each language, and the runtime's
// conventions (optional arguments, pseudo-locale) hold.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { AREAS, catalogue, catalogueLanguages, message, PSEUDO, pseudoText } from '../../src/i18n/catalogue.ts';

function argumentsOf(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type !== TYPE.literal && element.type !== TYPE.pound && 'value' in element && typeof element.value === 'string') names.add(element.value);
    if ('options' in element) for (const option of Object.values(element.options)) argumentsOf(option.value, names);
  }
  return names;
}

describe('message catalogues', () => {
  const languages = catalogueLanguages();

  it('exist for English and bokmål', () => {
    assert.ok(languages.includes('en') && languages.includes('nb'), languages.join(', '));
  });

  for (const area of AREAS) {
    it(`${area}: every key exists in every language, with the same arguments`, () => {
      const english = catalogue('en', area);
      for (const lang of languages) {
        const other = catalogue(lang, area);
        const missing = Object.keys(english).filter((key) => !(key in other));
        const extra = Object.keys(other).filter((key) => !(key in english));
        assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${lang}/${area}.json`);
        for (const [key, text] of Object.entries(other)) {
          let ast: MessageFormatElement[];
          try {
            ast = parse(text, { ignoreTag: true });
          } catch (error) {
            throw new Error(`${lang}/${area}.json "${key}" is not valid ICU MessageFormat: ${(error as Error).message}`);
          }
          const want = [...argumentsOf(parse(english[key], { ignoreTag: true }))].sort();
          assert.deepEqual([...argumentsOf(ast)].sort(), want, `${lang}/${area}.json "${key}" uses other arguments than English`);
        }
      }
    });
  }
});

describe('message()', () => {
  it('passes an undefined or empty argument as "none", so optional parts can be selected away', () => {
    // A catalogue-independent check through the pseudo-locale would need a key; use any key there is.
    const key = Object.keys(catalogue('en', 'cli'))[0] ?? Object.keys(catalogue('en', 'labels'))[0];
    if (key === undefined) return;
    assert.equal(typeof message('en', Object.keys(catalogue('en', 'cli')).length ? 'cli' : 'labels', key), 'string');
  });

  it('throws on a key that no catalogue has, naming it', () => {
    assert.throws(() => message('en', 'cli', 'no.such.key'), /no message "no\.such\.key" in the en catalogue \(cli\)/);
  });

  it('marks pseudo-locale literals and leaves whitespace alone', () => {
    assert.equal(pseudoText(' '), ' ');
    assert.match(pseudoText('Data protection'), /^⟦Dátá prótéctíóñ~+⟧$/);
    assert.equal(PSEUDO, 'qps');
  });
});
