// `dpia screen`: is a DPIA required? Asks the Art. 35(3) cases, the WP248 criteria and
// Datatilsynet's list, prints the conclusion with its reasons, and writes `screening`
// when a file is named.
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { useColour, type Io } from '../io.ts';
import type { Assessment } from '../model/schema.ts';
import { dpiaCommand } from '../interview/invocation.ts';
import { Interview } from '../interview/runner.ts';
import { screeningVerdict } from '../interview/screening-verdict.ts';
import { screeningSection } from '../interview/sections/screening.ts';
import { choosePrompter, guarded, newDocument, openAssessment, saveNew } from '../interview/session.ts';
import { slugify } from '../interview/input.ts';
import { fileLanguage, settings, type InterviewCommandOptions } from '../interview/start.ts';
import { words } from '../interview/words.ts';

export async function screen(options: InterviewCommandOptions, io: Io): Promise<number> {
  const { config, today, lang: chosen } = settings(options, io);
  let lang = chosen ?? 'en';
  const display = options.file;
  const file = display ? resolve(io.cwd, display) : undefined;
  const opened = file ? openAssessment(file, display!) : { doc: parseDocument('{}'), created: true, original: undefined };
  if (file && !opened.created) lang = chosen ?? fileLanguage(opened.doc.toJS() ?? {}) ?? lang;
  const { prompter, interactive } = choosePrompter(io, lang, 'screen', options.answers);
  let doc = opened.doc;
  let written: string | undefined;
  if (file && opened.created) {
    doc = newDocument(file, { id: slugify(display!.replace(/^.*[\\/]/, '').replace(/\.dpia\.ya?ml$|\.ya?ml$/i, '')) || undefined, lang });
    written = saveNew(file, doc, display);
  }
  // What was printed: the verdict shown while answering is not printed again at the end.
  let printed = '';
  const out = (text: string) => {
    printed += text;
    io.stdout.write(text);
  };
  const dpia = dpiaCommand(io);
  const interview = new Interview({
    file, display, doc, original: opened.original, onDisk: written, lang, today, config, prompter, mode: 'edit', verbose: interactive, colour: useColour(io), out,
  });
  return guarded(io, lang, display ?? '', display ? `${dpia} screen ${display}` : `${dpia} screen`, async () => {
    await interview.runSection(screeningSection);
    const data = (doc.toJS() ?? {}) as Assessment;
    const verdict = screeningVerdict(data.screening ?? {}, lang);
    const w = words(lang);
    if (!printed.includes(verdict.rationale)) out(`\n${w.conclusion[verdict.conclusion]}\n${verdict.rationale}\n`);
    if (display) out(`${w.screenedInto(display)}\n${verdict.conclusion === 'not-required' ? '' : `${w.startNew(`${dpia} new ${display}`)}\n`}`);
    else out(`${w.notSaved(`${dpia} screen`)}\n`);
    return 0;
  });
}
