import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { localiseCitation } from '../../src/i18n/articles.ts';

test('citations read as Lovdata writes them in bokmål, and stay as they are in English', () => {
  const cases: [string, string][] = [
    ['GDPR Art. 7(3)', 'personvernforordningen art. 7 nr. 3'],
    ['GDPR Art. 35(7)(a)', 'personvernforordningen art. 35 nr. 7 bokstav a'],
    ['GDPR Art. 6(1)(a)–(f)', 'personvernforordningen art. 6 nr. 1 bokstav a–f'],
    ['GDPR Art. 5(1)(b)-(c), 30(1)(c)', 'personvernforordningen art. 5 nr. 1 bokstav b–c, 30 nr. 1 bokstav c'],
    ['GDPR Art. 44–46, Art. 49, Art. 13(1)(f)', 'personvernforordningen art. 44–46, art. 49, art. 13 nr. 1 bokstav f'],
    ['GDPR Art. 22(3); recital 71', 'personvernforordningen art. 22 nr. 3; fortalepunkt 71'],
    ['AI Act Art. 50(1), Art. 50(3)', 'KI-forordningen art. 50 nr. 1, art. 50 nr. 3'],
    ['GDPR Art. 22(1)-(2), Art. 21(2)–(3)', 'personvernforordningen art. 22 nr. 1–2, art. 21 nr. 2–3'],
    ['GDPR Art. 6(1) second subparagraph; recital 47', 'personvernforordningen art. 6 nr. 1 annet ledd; fortalepunkt 47'],
    ['GDPR Art. 45; Implementing Decision (EU) 2023/1795', 'personvernforordningen art. 45; gjennomføringsbeslutning (EU) 2023/1795'],
    ['GDPR Art. 9(2)(b), Art. 9(2)(g)-(j)', 'personvernforordningen art. 9 nr. 2 bokstav b, art. 9 nr. 2 bokstav g–j'],
  ];
  for (const [en, nb] of cases) {
    assert.equal(localiseCitation(en, 'nb'), nb);
    assert.equal(localiseCitation(en, 'en'), en);
  }
});
