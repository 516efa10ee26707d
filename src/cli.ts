// The command table. Each action imports its command lazily, so `dpia check` never
// loads the interview (inquirer), the templates (handlebars) or Markdown (marked).
import { Command, CommanderError, Option } from 'commander';
import { findConfig } from './config-location.ts';
import { EXIT, isDpiaError } from './exit.ts';
import { processIo, type Io } from './io.ts';
import { VERSION } from './version.ts';

export { outputDone } from './io.ts';

type Action = (io: Io) => Promise<number>;
/** The options of the command that runs (its --lang and --config choose the language of an error). */
type Options = Record<string, unknown>;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let action: Action | undefined;
  let options: Options = {};
  const program = buildProgram((a, opts = {}) => {
    action = a;
    options = opts;
  }, io, argv[0]);
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (!action) return EXIT.ok;
    // `check` checks the rule ids itself (loading the rules only then); `rules` is how one
    // finds the right id, and `schema` reads no config. Without a config there is nothing
    // to check, and the checker (the rules and the config schema) is not loaded.
    const command = argv.find((arg) => !arg.startsWith('-'));
    const explicit = typeof options.config === 'string' ? options.config : undefined;
    if (command && !['check', 'rules', 'schema'].includes(command) && (explicit !== undefined || findConfig(io.cwd) !== undefined)) {
      (await import('./commands/config-check.ts')).checkConfig(io.cwd, explicit);
    }
    return await action(io);
  } catch (error) {
    return reportError(error, options, io);
  }
}

async function reportError(error: unknown, options: Options, io: Io): Promise<number> {
  if (error instanceof CommanderError) {
    // Help and --version are not errors; commander has already printed them (its own messages are in English).
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  // The words are loaded only now, in the language of --lang, the config or English.
  io.stderr.write((await import('./commands/report-error.ts')).errorReport(error, options, io));
  return isDpiaError(error) ? error.exitCode : EXIT.usage;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];
const langOption = () => new Option('--lang <lang>', 'language: the code of a catalogue folder in i18n/ (en, nb, …)');

/**
 * The program, with every command, or only `only` when it names one: a run defines just the
 * command it runs (the others' options are never built), and help, an unknown command or
 * no command at all gets them all.
 */
function buildProgram(run: Run, io: Io, only?: string): Command {
  const program = new Command('dpia')
    .description('Data Protection Impact Assessments (GDPR Art. 35) as code: interview, check, render, sign off.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run `dpia --help` for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`dpia: ${s.replace(/^error: /, '')}`),
    });

  const named = only !== undefined && Object.hasOwn(COMMANDS, only) ? [[only, COMMANDS[only]] as const] : Object.entries(COMMANDS);
  for (const [name, define] of named) define(program.command(name), run);
  return program;
}

type Run = (action: Action, options?: Options) => void;

/** Each command's definition, by its name, in the order of `dpia --help`. */
const COMMANDS: Record<string, (command: Command, run: Run) => Command> = {
  new: (command, run) => command
    .description('interview a team through a new assessment; resumes a draft')
    .argument('[file]', 'assessment file (default: privacy/<id>.dpia.yaml)')
    .addOption(langOption())
    .option('--answers <file>', 'answer every question from a YAML or JSON file (no prompts)')
    .option('--id <id>', 'id of the assessment (names the default file)')
    .option('--today <date>', 'date used for screening and review defaults (YYYY-MM-DD)')
    .action((file, opts) => run(async (io) => (await import('./commands/new.ts')).newAssessment({ file, ...opts }, io), opts)),
  edit: (command, run) => command
    .description('re-run sections of an assessment with the current answers prefilled')
    .argument('<file>', 'assessment file')
    .option('--section <name>', 'only this section (repeatable)', collect)
    .addOption(langOption())
    .option('--answers <file>', 'apply answers from a YAML or JSON file (no prompts)')
    .option('--today <date>', 'date used for defaults and checks (YYYY-MM-DD)')
    .action((file, opts) => run(async (io) => (await import('./commands/edit.ts')).edit({ file, ...opts }, io), opts)),
  screen: (command, run) => command
    .description('is a DPIA required? WP248 criteria and Datatilsynet\'s list')
    .argument('[file]', 'assessment file to write the screening to')
    .addOption(langOption())
    .option('--answers <file>', 'answers from a YAML or JSON file (no prompts)')
    .option('--today <date>', 'date of the screening (YYYY-MM-DD)')
    .action((file, opts) => run(async (io) => (await import('./commands/screen.ts')).screen({ file, ...opts }, io), opts)),
  check: (command, run) => command
    .description('validate assessments; exit 1 while any is incomplete, wrong or stale')
    .argument('[paths...]', 'files or folders (folders are searched for *.dpia.yaml), or - for standard input; default: the configured folder or .')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'junit', 'github', 'sarif']).default('text'))
    .option('--strict', 'fail on warnings too')
    .addOption(langOption())
    .option('--today <date>', 'judge dates against this day (YYYY-MM-DD) instead of today')
    .option('-c, --config <file>', 'config file (default: dpia.config.yaml at the repository root)')
    .option('--no-cache', 'do not reuse or store results of earlier runs')
    .option('--cache-location <dir>', 'folder of the caches (default: node_modules/.cache/dpia of the project, else the user\'s cache folder)')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--quiet', 'report errors only (warnings are neither shown nor counted)')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--stdin-filename <name>', 'with the path -: the name of the assessment read from standard input')
    .option('--concurrency <n>', 'worker threads for the files to analyse: off, auto (one per core from 64 files) or a number', 'auto')
    .action((paths, opts) => run(async (io) => (await import('./commands/check.ts')).check({ paths, ...opts }, io), opts)),
  render: (command, run) => command
    .description('render the DPIA report or the privacy notice')
    .argument('<file>', 'assessment file')
    .addOption(new Option('--doc <doc>', 'document').choices(['report', 'notice']).default('report'))
    .addOption(new Option('-f, --format <format>', 'output format (pdf: printed by Chromium or Chrome, found on PATH, in the usual places or at $DPIA_BROWSER)').choices(['md', 'html', 'docx', 'pdf']).default('md'))
    .addOption(langOption())
    .option('--templates <dir>', 'folder of template overrides')
    .option('-o, --output <file>', 'write to a file instead of stdout (docx and pdf: needed when stdout is a terminal)')
    .option('--draft', 'render even with gaps, and mark them')
    .option('--today <date>', 'judge dates against this day (YYYY-MM-DD)')
    .option('-c, --config <file>', 'config file (default: dpia.config.yaml at the repository root)')
    .action((file, opts) => run(async (io) => (await import('./commands/render.ts')).render({ file, ...opts }, io), opts)),
  approve: (command, run) => command
    .description('sign off the current version (binds to a content hash)')
    .argument('<file>', 'assessment file')
    .requiredOption('--role <role>', 'role of the signer: dpo, risk-owner, or one of the config\'s roles')
    .requiredOption('--name <name>', 'name of the signer')
    .option('--date <date>', 'date of the sign-off (YYYY-MM-DD, default today)')
    .option('--force', 'sign despite error findings (needs --reason)')
    .option('--reason <text>', 'why it is signed despite findings')
    .action((file, opts) => run(async (io) => (await import('./commands/approve.ts')).approve({ file, ...opts }, io), opts)),
  bump: (command, run) => command
    .description('start a new version: history entry, status back to draft')
    .argument('<file>', 'assessment file')
    .option('--major', 'next major version instead of minor')
    .requiredOption('-m, --message <text>', 'what changes in this version')
    .option('--author <name>', 'author (default: git config user.name)')
    .option('--date <date>', 'date of the entry (YYYY-MM-DD, default today)')
    .action((file, opts) => run(async (io) => (await import('./commands/bump.ts')).bump({ file, ...opts }, io), opts)),
  migrate: (command, run) => command
    .description('rewrite files written for an older schemaVersion in the current format, in place')
    .argument('<files...>', 'assessment files')
    .option('--dry-run', 'print what would move; write nothing')
    .option('--check', 'exit 1 if any file needs migrating (for CI); write nothing')
    .addOption(langOption())
    .action((files, opts) => run(async (io) => (await import('./commands/migrate.ts')).migrate({ files, ...opts }, io), opts)),
  diff: (command, run) => command
    .description('semantic diff between git revisions or two files')
    .argument('[files...]', 'one file (with --from/--to) or two files')
    .option('--from <rev>', 'git revision to compare from (default HEAD)')
    .option('--to <rev>', 'git revision to compare to (default: the working tree)')
    .addOption(new Option('-f, --format <format>', 'output format (docx: the report or notice in Word, the changes as tracked changes)').choices(['text', 'md', 'json', 'docx']).default('text'))
    .addOption(langOption())
    .addOption(new Option('--doc <doc>', 'with --format docx: the document to compare').choices(['report', 'notice']).default('report'))
    .option('-o, --output <file>', 'with --format docx: write to a file instead of stdout')
    .option('--draft', 'with --format docx: render a notice even with gaps, and mark them')
    .option('--today <date>', 'with --format docx: the date of uncommitted changes, and the day dates are judged against (YYYY-MM-DD)')
    .action((files, opts) => run(async (io) => (await import('./commands/diff.ts')).diff({ files, ...opts }, io), opts)),
  status: (command, run) => command
    .description('table of all assessments: version, status, findings, residual risk, next review')
    .argument('[path]', 'folder to search (default: the configured folder or .)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'md', 'json']).default('text'))
    .addOption(langOption())
    .option('--today <date>', 'judge dates against this day (YYYY-MM-DD)')
    .action((path, opts) => run(async (io) => (await import('./commands/status.ts')).status({ path, ...opts }, io), opts)),
  export: (command, run) => command
    .description('record of processing activities (Art. 30)')
    .argument('[path]', 'folder to search (default: the configured folder or .)')
    .option('--ropa', 'export the record of processing activities')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .addOption(langOption())
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--today <date>', 'judge dates against this day (YYYY-MM-DD)')
    .action((path, opts) => run(async (io) => (await import('./commands/export.ts')).exportRopa({ path, ...opts }, io), opts)),
  schema: (command, run) => command
    .description('print the JSON Schema of the file format (or, with --config, of dpia.config.yaml), for editors')
    .option('--config', 'the schema of dpia.config.yaml instead of *.dpia.yaml')
    .action((opts) => run(async (io) => (await import('./commands/schema.ts')).schema(io, opts))),
  rules: (command, run) => command
    .description('list the rules, or explain one')
    .argument('[id]', 'rule id, e.g. consent/withdrawal')
    .addOption(langOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .action((id, opts) => run(async (io) => (await import('./commands/rules.ts')).rules({ id, ...opts }, io), opts)),
  fairness: (command, run) => command
    .description("compute the assessment's bias tests from the model's predictions, and record the results as evidence")
    .argument('<file>', 'assessment file')
    .option('--data <file>', 'the predictions: CSV with a header row, JSON Lines (.jsonl) or Parquet (.parquet); or the counts --emit-sql\'s query returns')
    .option('--emit-sql', 'print a standard SQL query that counts the predictions where they are, for --data; compute nothing')
    .option('--table <name>', 'the table or view the query reads (default: predictions)')
    .option('--test <id>', 'only this test (repeatable; default: every test with compute.metric)', collect)
    .addOption(new Option('-f, --format <format>', 'output format: the figures as text or JSON, or a document of the runs (Markdown, HTML)').choices(['text', 'json', 'md', 'html']).default('text'))
    .option('--group <column>', "the group column, over the test's compute.group (repeatable: intersectional groups)", collect)
    .option('--proxy <column>', "a proxy column, over an association test's compute.proxies (repeatable)", collect)
    .option('--prediction <column>', "the decision column, over the test's")
    .option('--score <column>', "the score column, over the test's")
    .option('--decision-threshold <number>', 'a score at or above this is a positive decision')
    .option('--outcome <column>', "the actual outcome column, over the test's")
    .option('--positive <label>', 'the label that means positive, where the columns hold labels')
    .option('--no-record', 'print the results only; do not record them in the file')
    .option('--today <date>', 'the date of the run (YYYY-MM-DD)')
    .addOption(langOption())
    .action((file, opts) => run(async (io) => (await import('./commands/fairness.ts')).fairness({ file, ...opts }, io), opts)),
  scan: (command, run) => command
    .description("find personal data in the CRM's schemas and migrations, and hold it against the assessments' data categories")
    .argument('[paths...]', "schemas, migrations or folders to scan (default: each assessment's dataModel.paths, else the config's scan.paths, else the config's folder)")
    .option('--assessment <file>', 'hold them against this assessment (repeatable; default: the configured folder, else every *.dpia.yaml from here)', collect)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif', 'github']).default('text'))
    .option('--quiet', 'report errors only')
    .option('--suggest <file>', 'print, as a diff to review and apply (git apply), the declarations that would cover what is undeclared in this assessment; writes nothing')
    .option('--no-cache', 'parse every schema again instead of taking the fields of an unchanged one from the cache')
    .option('--cache-location <dir>', 'folder of the caches (default: node_modules/.cache/dpia of the project, else the user\'s cache folder)')
    .option('-c, --config <file>', 'config file (default: dpia.config.yaml at the repository root)')
    .option('--today <date>', 'judge dates against this day (YYYY-MM-DD)')
    .addOption(langOption())
    .action((paths, opts) => run(async (io) => (await import('./commands/scan.ts')).scan({ paths, ...opts }, io), opts)),
};
