// `dpia fairness FILE --data PREDICTIONS`: the bias tests the assessment defines
// (fairness.tests[].compute), computed from the model's predictions, printed, and
// recorded as evidence (evidence.fairness, outside the signed content: recording a run
// never makes a sign-off stale). Exit 0 when every test passed, 1 when one failed or could
// not be decided at its confidence level, 2 on bad input.
import { resolve } from 'node:path';
import { isCollection } from 'yaml';
import { loadConfig, type Config } from '../config.ts';
import { cliError, EXIT, InputError, UsageError } from '../errors.ts';
import { checkDefinition, readAll, type Columns } from '../fairness/read.ts';
import { countsQuery } from '../fairness/sql.ts';
import { bandEdges, defaultBands, evaluate, isMetric, METRICS, type TestResult } from '../fairness/metrics.ts';
import type { CountsTable } from '../fairness/counts.ts';
import { isLang } from '../i18n/index.ts';
import { decimal, fixed, percent } from '../i18n/numbers.ts';
import { cli } from '../i18n/cli.ts';
import { label } from '../i18n/labels.ts';
import type { Io } from '../io.ts';
import { today as todayOption } from '../model/dates.ts';
import { displayPath } from '../model/find-files.ts';
import { checkSchemaVersion } from '../model/load.ts';
import { parseAssessment } from '../model/parse.ts';
import { renderEdited } from '../model/save-edited.ts';
import type { Assessment, FairnessRun, FairnessTest } from '../model/schema.ts';
import { validate } from '../model/validate.ts';
import { describeFindings } from '../formatters/describe.ts';
import { readSource } from '../model/source.ts';
import { editableDocument, lockForUpdate, replaceFile } from '../model/update.ts';
import { setIn } from '../model/write.ts';
import type { Lang } from '../rules/types.ts';

export interface FairnessOptions {
  file: string;
  /** Required unless emitSql. */
  data?: string;
  emitSql?: boolean;
  /** The table (or view) --emit-sql's query reads; default `predictions`. */
  table?: string;
  test?: string[];
  format?: string;
  group?: string[];
  /** Proxy columns, over an association test's compute.proxies. */
  proxy?: string[];
  prediction?: string;
  score?: string;
  decisionThreshold?: string;
  outcome?: string;
  positive?: string;
  record?: boolean;
  today?: string;
  lang?: string;
}

/** One run as evidence.fairness records it: numbers rounded to six decimals, so the file reads and diffs well. */
export interface Run {
  test: string;
  date: string;
  data: { file: string; rows: number; sha256: string };
  metric: string;
  threshold?: number;
  confidence: number;
  minGroupSize: number;
  figure?: number;
  lower?: number;
  upper?: number;
  between?: string[];
  verdict?: string;
  reason?: string;
  groups: { group: string; rate: string; band?: string; events?: number; n: number; value?: number; lower?: number; upper?: number; small?: boolean }[];
  missing: { group: number; prediction?: number; outcome?: number; proxy?: number };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const finite = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? round(x) : undefined);

function threshold(test: FairnessTest): number | undefined {
  if (typeof test.threshold === 'number') return test.threshold;
  if (typeof test.threshold === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(test.threshold)) return Number(test.threshold);
  return undefined;
}

/** The edges of a test's score bands, for a metric that bands scores; refused unless ascending. */
function bandsOf(test: FairnessTest, id: string): number[] | undefined {
  const metric = test.compute?.metric;
  const fallback = metric !== undefined && isMetric(metric) ? defaultBands(metric) : undefined;
  // A metric without default bands does not band scores.
  if (fallback === undefined) return undefined;
  const edges = bandEdges(test.compute?.bands ?? fallback);
  if (edges.length < 2 || edges.some((edge, i) => i > 0 && !(edge > edges[i - 1]))) {
    throw new UsageError(cliError('error.fairness.bands', { test: id, bands: edges.join(', ') }));
  }
  return edges;
}

const SHARED = ['prediction', 'score', 'decisionThreshold', 'outcome', 'positive', 'bands', 'proxies'] as const;

/** Two tests' columns one counts table serves: each of the decision, outcome and bands the same, or named by one of them only. */
function mergeable(a: Columns, b: Columns): boolean {
  return SHARED.every((key) => a[key] === undefined || b[key] === undefined || JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

function merged(a: Columns, b: Columns): Columns {
  const columns: Columns = { ...a, group: [...new Set([...a.group, ...b.group])] };
  for (const key of SHARED) if (columns[key] === undefined && b[key] !== undefined) Object.assign(columns, { [key]: b[key] });
  return columns;
}

/** A band as its edges, lower–upper: "0.2–0.3". */
function bandLabel(edges: number[] | undefined, band: number | undefined): string | undefined {
  return edges === undefined || band === undefined ? undefined : `${edges[band]}–${edges[band + 1]}`;
}

/** A group as the figure and the text name it: with its score band, for calibration ("Agder · 0.2–0.3"). */
function withBand(group: string, edges: number[] | undefined, band: number | undefined): string {
  const label = bandLabel(edges, band);
  return label === undefined ? group : `${group} · ${label}`;
}

/** The rows a run reports as left out: without an outcome only where the test reads one, without a decision only where it reads one, without a proxy's value only for a proxy test. */
function reportedMissing(table: CountsTable): Run['missing'] {
  const { group, prediction, outcome, proxy } = table.missing;
  if (table.associations !== undefined) return { group, proxy };
  if (!table.decisions) return { group, outcome };
  return table.outcomes ? { group, prediction, outcome } : { group, prediction };
}

/** The columns of a test: its `compute`, then the flags over it. */
function columnsOf(test: FairnessTest, options: FairnessOptions, id: string): Columns {
  const compute = test.compute ?? {};
  const bands = bandsOf(test, id);
  const group = options.group?.length ? options.group : compute.group === undefined ? [] : Array.isArray(compute.group) ? compute.group : [compute.group];
  const decisionThreshold = options.decisionThreshold !== undefined ? Number(options.decisionThreshold) : compute.decisionThreshold;
  if (decisionThreshold !== undefined && !Number.isFinite(decisionThreshold)) throw new UsageError(cliError('error.fairness.decisionThreshold', { value: String(options.decisionThreshold) }));
  if (compute.metric === 'cramers-v') {
    const proxies = options.proxy?.length ? options.proxy : compute.proxies === undefined ? [] : Array.isArray(compute.proxies) ? compute.proxies : [compute.proxies];
    return { group, proxies };
  }
  if (compute.metric !== undefined && isMetric(compute.metric) && METRICS[compute.metric].rates.every((rate) => rate === 'outcome-rate')) {
    // An evaluation's results: the outcome by group, no decision.
    const outcome = options.outcome ?? compute.outcome;
    const positive = options.positive ?? compute.positive;
    return { group, outcomeOnly: true, ...(outcome !== undefined ? { outcome } : {}), ...(positive !== undefined ? { positive } : {}) };
  }
  const prediction = options.prediction ?? (options.score ? undefined : compute.prediction);
  return {
    group,
    ...(prediction !== undefined ? { prediction } : {}),
    ...((options.score ?? compute.score) !== undefined ? { score: options.score ?? compute.score } : {}),
    ...(decisionThreshold !== undefined ? { decisionThreshold } : {}),
    ...((options.outcome ?? compute.outcome) !== undefined ? { outcome: options.outcome ?? compute.outcome } : {}),
    ...((options.positive ?? compute.positive) !== undefined ? { positive: options.positive ?? compute.positive } : {}),
    ...(bands !== undefined ? { bands } : {}),
  };
}

export function toRun(test: string, date: string, data: Run['data'], table: CountsTable, result: TestResult): Run {
  return {
    test, date, data: { ...data }, metric: result.metric,
    ...(result.threshold !== undefined ? { threshold: result.threshold } : {}),
    confidence: result.confidence, minGroupSize: result.minGroupSize,
    ...(result.figure ? { figure: round(result.figure.estimate), lower: round(result.figure.lower), upper: round(result.figure.upper), between: result.figure.groups.map((group) => withBand(group, table.edges, result.figure?.band)) } : {}),
    ...(result.verdict ? { verdict: result.verdict } : {}),
    ...(result.reason ? { reason: result.reason } : {}),
    groups: result.groups.map((g) => ({
      group: g.group, rate: g.rate, ...(g.band !== undefined ? { band: bandLabel(table.edges, g.band)! } : {}), ...(Number.isFinite(g.events) ? { events: g.events } : {}), n: g.n,
      ...(finite(g.estimate) !== undefined ? { value: finite(g.estimate), lower: finite(g.lower), upper: finite(g.upper) } : {}),
      ...(g.small ? { small: true } : {}),
    })),
    missing: reportedMissing(table),
  };
}

export async function fairness(options: FairnessOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  const date = todayOption(options.today);
  const file = resolve(io.cwd, options.file);
  const display = displayPath(file, io.cwd);
  const parsed = checkSchemaVersion(parseAssessment(readSource(file, display), display));
  const config = loadConfig(io.cwd);
  const lang: Lang = isLang(options.lang) ? options.lang : config.language ?? (isLang(parsed.data.language) ? parsed.data.language : 'en');
  // The tests' definitions are read as the schema has them: a file with a value of the wrong type stops here, with its line.
  const invalid = validate(parsed.data).filter((problem) => problem.rule === 'schema/invalid');
  if (invalid.length > 0) {
    const [first] = describeFindings(invalid.map((p) => ({ ...p, severity: 'error' as const })), parsed, lang);
    throw new InputError(display, cliError('error.fairness.invalid', { message: first.message, path: first.path, id: first.rule }), first.line, first.column);
  }
  const assessment = parsed.data as Assessment;

  const all = (assessment.fairness?.tests ?? []).map((test, index) => ({ test, index }));
  const wanted = options.test?.length ? options.test : undefined;
  for (const id of wanted ?? []) {
    if (!all.some(({ test }) => test.id === id)) throw new UsageError(cliError('error.fairness.unknownTest', { test: id, tests: all.map(({ test }) => test.id).filter(Boolean).join(', ') || '–' }));
  }
  const chosen = all.filter(({ test }) => (wanted ? wanted.includes(test.id ?? '') : test.compute?.metric !== undefined));
  if (chosen.length === 0) throw new UsageError(cliError('error.fairness.noTests', { file: display }));

  if (options.emitSql) {
    // One query for every test it can serve: tests that read the same decision, outcome
    // and bands (or leave one out) share a query grouped by all their group columns, and
    // its result, a single counts table, is the --data of them all.
    const queries: { columns: Columns; tests: string[] }[] = [];
    for (const { test, index } of chosen) {
      const columns = columnsOf(test, options, test.id ?? `#${index + 1}`);
      checkDefinition(display, columns);
      const id = test.id ?? `#${index + 1}`;
      const shared = queries.find((query) => mergeable(query.columns, columns));
      if (shared === undefined) queries.push({ columns, tests: [id] });
      else {
        shared.columns = merged(shared.columns, columns);
        shared.tests.push(id);
      }
    }
    io.stdout.write(queries.map(({ columns, tests }) => countsQuery(columns, options.table ?? 'predictions', [cli(lang, 'fairness.sql', { tests: tests.join(', ') })])).join('\n'));
    return EXIT.ok;
  }
  if (options.data === undefined) throw new UsageError(cliError('error.fairness.noData'));
  const dataFile = resolve(io.cwd, options.data);

  // Every test's definition first, then one read of the data for all of them.
  const plans = chosen.map(({ test, index }) => {
    const id = test.id ?? `#${index + 1}`;
    const metric = test.compute?.metric;
    if (metric === undefined || !isMetric(metric)) throw new UsageError(cliError('error.fairness.noMetric', { test: id }));
    const limit = threshold(test);
    if (METRICS[metric].kind !== 'rate' && limit === undefined && !('threshold' in METRICS[metric])) {
      throw new UsageError(cliError('error.fairness.noThreshold', { test: id, metric }));
    }
    return { id, test, metric, limit, columns: columnsOf(test, options, id) };
  });
  // One counts table per set of columns, however many tests share it.
  const sets = new Map(plans.map((plan) => [JSON.stringify(plan.columns), plan.columns]));
  const keys = [...sets.keys()];
  const { tables, sha256 } = await readAll(dataFile, [...sets.values()], undefined, options.data);
  const fingerprint = { file: options.data, rows: tables[0].rows, sha256 };
  const runs: Run[] = [];
  const results: { id: string; result: TestResult; table: CountsTable }[] = [];
  for (const { id, test, metric, limit, columns } of plans) {
    const table = tables[keys.indexOf(JSON.stringify(columns))];
    const result = evaluate(table, {
      metric,
      ...(limit !== undefined ? { threshold: limit } : {}),
      ...(test.compute?.confidence !== undefined ? { confidence: test.compute.confidence } : {}),
      ...(test.compute?.minGroupSize !== undefined ? { minGroupSize: test.compute.minGroupSize } : {}),
    });
    results.push({ id, result, table });
    runs.push(toRun(id, date, fingerprint, table, result));
  }

  if (format === 'json') io.stdout.write(`${JSON.stringify({ file: display, data: fingerprint, runs }, null, 2)}\n`);
  else if (format === 'md' || format === 'html') io.stdout.write(await runsDocument(assessment, runs, format, lang, config));
  else io.stdout.write(textReport(results, lang));

  if (options.record !== false) {
    const recorded = await record(file, display, runs);
    io.stderr.write(`${cli(lang, 'fairness.recorded', { count: recorded, file: display })}\n`);
  }
  return runs.every((run) => run.verdict === 'pass' || run.verdict === undefined) ? EXIT.ok : EXIT.findings;
}

/**
 * The runs as a document (Markdown or HTML), through the same template as the report's
 * section 10 (templates/fairness.md.hbs, partials/fairness-run.hbs): each test's new run
 * with its groups and chart, and the runs the file recorded before it as its history.
 */
async function runsDocument(assessment: Assessment, runs: Run[], format: 'md' | 'html', lang: Lang, config: Config): Promise<string> {
  const [{ loadTemplates, renderLayout, renderMarkdown }, { buildView }, { markdownToHtml }] = await Promise.all([
    import('../render/templates.ts'), import('../render/view.ts'), import('../render/markdown.ts'),
  ]);
  const earlier = Array.isArray(assessment.evidence?.fairness) ? assessment.evidence.fairness : [];
  const data: Assessment = { ...assessment, evidence: { ...assessment.evidence, fairness: [...earlier, ...(runs as FairnessRun[])] } };
  const view = buildView({ data, config, lang, format, draft: true, findings: [], missing: [] });
  const tests = new Set(runs.map((run) => run.test));
  view.fairnessRuns = (view.fairnessRuns as { test?: string }[]).filter((run) => run.test !== undefined && tests.has(run.test));
  const templates = await loadTemplates('fairness', lang);
  const markdown = renderMarkdown(templates, view, { lang, format });
  if (format === 'md') return markdown;
  const { html, headings } = markdownToHtml(markdown);
  return renderLayout(templates, { lang, doc: 'fairness', title: headings.find((h) => h.depth === 1)?.text ?? '', body: html }, lang);
}

/** Appends the runs to evidence.fairness under the file's lock; the rest of the file stays as it was. */
async function record(file: string, display: string, runs: Run[]): Promise<number> {
  const lock = await lockForUpdate(file, display);
  try {
    const original = readSource(file, display, true);
    const data = checkSchemaVersion(parseAssessment(original, display)).data as Assessment;
    const doc = editableDocument(original);
    const existing = Array.isArray(data.evidence?.fairness) ? data.evidence.fairness.length : 0;
    runs.forEach((run, i) => {
      const at = ['evidence', 'fairness', existing + i];
      setIn(doc, at, run);
      // One line for each group, the pair compared and the rows left out: a record for the tool and for a diff.
      for (const path of [[...at, 'between'], [...at, 'missing'], ...run.groups.map((_, g) => [...at, 'groups', g])]) {
        const node = doc.getIn(path, true);
        if (isCollection(node)) node.flow = true;
      }
    });
    const text = renderEdited(original, doc);
    if (text !== original) replaceFile(file, display, text, original, lock);
    return runs.length;
  } finally {
    lock.release();
  }
}

function textReport(results: { id: string; result: TestResult; table: CountsTable }[], lang: Lang): string {
  // Three decimals in the reader's language: 0.123, 0,123.
  const number = (x: number | undefined) => fixed(lang, x) ?? '–';
  const lines: string[] = [];
  for (const { id, result, table } of results) {
    const f = result.figure;
    lines.push(cli(lang, 'fairness.result', {
      test: id, verdict: result.verdict === undefined ? cli(lang, 'fairness.computed') : label(lang, 'fairnessVerdict', result.verdict), metric: label(lang, 'fairnessMetric', result.metric),
      figure: number(f?.estimate), lower: number(f?.lower), upper: number(f?.upper), between: f ? f.groups.map((group) => withBand(group, table.edges, f.band)).join(' / ') : 'none',
      confidence: percent(result.confidence), threshold: decimal(lang, result.threshold) ?? '–',
      reason: result.reason === undefined ? 'none' : label(lang, 'fairnessReason', result.reason),
    }));
    for (const g of result.groups) {
      lines.push(`  ${cli(lang, 'fairness.group', { group: withBand(g.group, table.edges, g.band), rate: label(lang, 'fairnessRate', g.rate), value: number(g.estimate), lower: number(g.lower), upper: number(g.upper), events: Number.isFinite(g.events) ? decimal(lang, g.events)! : 'none', n: decimal(lang, g.n)!, small: g.small ? 'yes' : 'no', min: result.minGroupSize })}`);
    }
    // What the test reads decides what is reported (reportedMissing); counts as the language
    // groups them: 72,000 rows, 72 000 rader.
    const missing = Object.fromEntries(Object.entries({ rows: table.rows, ...reportedMissing(table) }).map(([key, count]) => [key, decimal(lang, count)]));
    lines.push(`  ${cli(lang, 'fairness.missing', missing)}`);
  }
  return `${lines.join('\n')}\n`;
}
