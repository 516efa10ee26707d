// A recorded fairness run as a small chart in the HTML report: one row per group, its rate
// as a dot and its interval as a line on a 0–1 scale, the numbers written beside it (the
// chart repeats the table above it; colour is never the only signal: a group too small to
// compare has a hollow dot and says so in words).
import { message } from '../i18n/catalogue.ts';
import { decimal, fixed as fixedNumber, percent } from '../i18n/numbers.ts';
import { label } from '../i18n/labels.ts';

export interface ChartRun {
  test?: string;
  confidence?: number;
  minGroupSize?: number;
  groups?: { group?: string; rate?: string; band?: string; events?: number; n?: number; value?: number; lower?: number; upper?: number; small?: boolean }[];
}

/**
 * Text for the chart: on one line (the chart is one line of raw HTML in the Markdown, and a
 * blank line in a group's name would end that HTML block and let the rest be read as
 * Markdown), and escaped for XML.
 */
function xml(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function fairnessChartSvg(run: ChartRun, lang: string, index: number): string {
  const groups = (run.groups ?? []).filter((g) => typeof g.value === 'number');
  if (groups.length === 0) return '';
  const fixed = (x: number | undefined) => fixedNumber(lang, x) ?? '';
  // A run that does not state its confidence level gets none: the title says "interval" only.
  const confidence = percent(run.confidence);
  const prefix = `fairness-${index}`;
  const labelW = 230;
  const scaleW = 420;
  const valueW = 220;
  const rowH = 26;
  const top = 8;
  const height = top + groups.length * rowH + 34;
  const width = labelW + scaleW + valueW;
  const x = (v: number) => labelW + Math.max(0, Math.min(1, v)) * scaleW;
  const rates = [...new Set(groups.map((g) => g.rate ?? ''))];
  const title = message(lang, 'documents', 'fairness.chart-title', { test: run.test ?? '', rate: rates.map((r) => label(lang, 'fairnessRate', r)).join(', '), confidence });
  const desc = groups.map((g) => message(lang, 'documents', 'fairness.chart-description', {
    group: `${g.group ?? ''}${g.band ? ` · ${g.band}` : ''}`, rate: label(lang, 'fairnessRate', g.rate), value: fixed(g.value), events: decimal(lang, g.events) ?? 'none', n: decimal(lang, g.n ?? 0), lower: fixed(g.lower), upper: fixed(g.upper),
  })).join('; ');
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" class="fairness-chart">`);
  parts.push(`<title id="${prefix}-title">${xml(title)}</title>`);
  parts.push(`<desc id="${prefix}-desc">${xml(desc)}</desc>`);
  const axisY = top + groups.length * rowH + 6;
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line x1="${x(tick)}" y1="${top}" x2="${x(tick)}" y2="${axisY}" stroke="#c9d1db" stroke-width="1"></line>`);
    parts.push(`<text x="${x(tick)}" y="${axisY + 16}" text-anchor="middle" font-size="11">${xml(decimal(lang, tick) ?? '')}</text>`);
  }
  groups.forEach((g, i) => {
    const y = top + i * rowH + rowH / 2;
    const name = `${g.group ?? ''}${g.band ? ` · ${g.band}` : ''}${rates.length > 1 ? ` · ${label(lang, 'fairnessRate', g.rate)}` : ''}`;
    parts.push(`<text x="${labelW - 10}" y="${y + 4}" text-anchor="end" font-size="12">${xml(name.length > 34 ? `${name.slice(0, 33)}…` : name)}</text>`);
    if (typeof g.lower === 'number' && typeof g.upper === 'number') {
      parts.push(`<line x1="${x(g.lower)}" y1="${y}" x2="${x(g.upper)}" y2="${y}" stroke="#1f3b57" stroke-width="2"></line>`);
    }
    parts.push(`<circle cx="${x(g.value!)}" cy="${y}" r="5" fill="${g.small ? '#ffffff' : '#1f3b57'}" stroke="#1f3b57" stroke-width="2"></circle>`);
    const note = g.small ? ` ${message(lang, 'documents', 'fairness.not-compared', { min: run.minGroupSize ?? 0 })}` : '';
    parts.push(`<text x="${labelW + scaleW + 10}" y="${y + 4}" font-size="11">${xml(`${fixed(g.value)} (${fixed(g.lower)}–${fixed(g.upper)})${note}`)}</text>`);
  });
  parts.push('</svg>');
  return `<figure class="fairness">${parts.join('')}</figure>`;
}
