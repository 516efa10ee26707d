// Before `npm test` builds anything: the programs the end-to-end tests drive must be here.
// One line naming what is missing and how to install it, exit 1, within a second — not a
// failure three minutes in. .ci/run installs them on Debian.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const CHROMIUM = '/usr/bin/chromium';

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (name) => (process.env.PATH ?? '').split(delimiter).some((dir) => executable(join(dir, name)));

const missing = [];
if (!onPath('tmux')) missing.push('tmux (the interview is typed into a real terminal)');
if (!executable(CHROMIUM)) missing.push(`chromium at ${CHROMIUM} (the HTML documents are opened in a real browser)`);
if (!onPath('pre-commit')) missing.push('pre-commit (the dpia-check hook is installed and run by it)');
if (!onPath('pandoc')) missing.push('pandoc (it reads the Word documents, tracked changes too)');
if (spawnSync('/usr/bin/python3', ['-c', 'import docx'], { stdio: 'ignore' }).status !== 0) missing.push("python3-docx for /usr/bin/python3 (the Word documents' styles, tables and revisions)");
if (!onPath('pdfinfo') || !onPath('pdftotext') || !onPath('pdffonts')) missing.push('poppler-utils (pdfinfo, pdffonts, pdftotext read the PDFs)');
if (missing.length > 0) {
  process.stderr.write(`npm test needs ${missing.join(' and ')}: on Debian or Ubuntu, sudo apt-get install tmux chromium pre-commit pandoc python3-docx poppler-utils (bash .ci/run installs them)\n`);
  process.exit(1);
}
