// `dpia edit`: the same questions, prefilled with the current answers (Enter keeps a
// value). Nothing changed → the file is not written; a change rewrites only its node.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliError, InputError, UsageError } from '../errors.ts';
import { useColour, type Io } from '../io.ts';
import { SECTIONS, SECTION_NAMES } from '../interview/catalogue.ts';
import { dpiaCommand } from '../interview/invocation.ts';
import { Interview } from '../interview/runner.ts';
import { choosePrompter, guarded, openAssessment, summary } from '../interview/session.ts';
import { fileLanguage, settings, type InterviewCommandOptions } from '../interview/start.ts';
import { words } from '../interview/words.ts';

export interface EditOptions extends InterviewCommandOptions {
  file: string;
  section?: string[];
}

export async function edit(options: EditOptions, io: Io): Promise<number> {
  const { config, today, lang: chosen } = settings(options, io);
  const names = options.section ?? [];
  for (const name of names) {
    if (!SECTION_NAMES.includes(name)) throw new UsageError(cliError('error.edit.unknownSection', { name, sections: SECTION_NAMES.join(', ') }));
  }
  const display = options.file;
  const file = resolve(io.cwd, display);
  if (!existsSync(file)) throw new InputError(display, cliError('error.edit.noFile'));
  const opened = openAssessment(file, display);
  const lang = chosen ?? fileLanguage(opened.doc.toJS() ?? {}) ?? 'en';
  const { prompter, interactive } = choosePrompter(io, lang, 'edit', options.answers);
  const out = (text: string) => io.stdout.write(text);
  const sections = names.length ? SECTIONS.filter((s) => names.includes(s.name)) : SECTIONS;
  const interview = new Interview({
    file, display, doc: opened.doc, original: opened.original, lang, today, config, prompter, mode: 'edit', verbose: interactive, colour: useColour(io), out,
  });
  const resume = `${dpiaCommand(io)} edit ${display}${names.map((n) => ` --section ${n}`).join('')}`;
  return guarded(io, lang, display, resume, async () => {
    await interview.run(sections);
    const w = words(lang);
    if (!interview.changed) {
      out(`${w.unchanged(display)}\n`);
      return 0;
    }
    out(`${w.updated(display)}\n`);
    if (interactive) out(summary(io, file, display, lang, today, config));
    return 0;
  });
}
