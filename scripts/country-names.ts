// Writes i18n/<lang>/countries.json for every language folder: the name of each region
// code (ISO 3166-1 alpha-2 and the other two-letter codes CLDR names) in that language,
// from the Unicode CLDR data of the Node.js that runs this (Intl.DisplayNames). `render`
// reads the catalogue instead of asking Intl on every run: making an Intl.DisplayNames
// loads the locale's region names, some 20 ms of a render, and a catalogue gives the same
// words on every Node.js, whichever CLDR version it ships. A language folder without the
// file gets the names from Intl at run time.
//
//   node --import tsx scripts/country-names.ts          writes the files
//   node --import tsx scripts/country-names.ts --check  exits 1 when a file differs from what it would write
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const i18n = fileURLToPath(new URL('../i18n', import.meta.url));
const check = process.argv.includes('--check');
let differs = false;
for (const lang of readdirSync(i18n).filter((name) => /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/.test(name) && existsSync(join(i18n, name, 'cli.json'))).sort()) {
  const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  const names: Record<string, string> = {};
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (name && name !== code) names[code] = name;
    }
  }
  const file = join(i18n, lang, 'countries.json');
  const text = `${JSON.stringify(names, null, 2)}\n`;
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      differs = true;
      console.error(`${file}: differs from this Node.js's CLDR ${process.versions.cldr}; run node --import tsx scripts/country-names.ts`);
    }
  } else {
    writeFileSync(file, text);
    console.log(`${file}: ${Object.keys(names).length} names (CLDR ${process.versions.cldr})`);
  }
}
process.exitCode = differs ? 1 : 0;
