// The 4×4 risk matrix (likelihood × severity), risks placed by id, before or after
// measures: inline SVG for HTML and a table for Markdown. Colour is never the only
// signal: every cell names its band and carries a pattern, and the ids are text.
import { riskBand, type RiskBand } from '../rules/facts.ts';
import { message } from '../i18n/catalogue.ts';
import { tableCell } from './escape.ts';
import { label } from '../i18n/labels.ts';

export type MatrixStage = 'inherent' | 'residual';

export interface MatrixRisk {
  id?: string;
  likelihood?: number;
  severity?: number;
  residual?: { likelihood?: number; severity?: number };
}

/** The matrix's words, from the documents catalogue of `lang`. */
function words(lang: string) {
  const w = (key: string, args?: Record<string, string>) => message(lang, 'documents', `risk-matrix.${key}`, args);
  return {
    likelihood: w('likelihood'), severity: w('severity'), inherent: w('inherent'), residual: w('residual'), none: w('none'),
    at: (l: number, s: number, band: string) => w('at', { likelihood: String(l), severity: String(s), band }),
    title: (stage: string) => w('title', { stage }),
  };
}

/** The (likelihood, severity) of each risk at a stage; unscored risks are left out. */
export function placements(risks: readonly MatrixRisk[], stage: MatrixStage): { id: string; likelihood: number; severity: number }[] {
  return risks.flatMap((risk, i) => {
    const at = stage === 'inherent' ? risk : risk.residual;
    const l = at?.likelihood;
    const s = at?.severity;
    if (typeof l !== 'number' || typeof s !== 'number' || l < 1 || l > 4 || s < 1 || s > 4) return [];
    return [{ id: risk.id ?? `#${i + 1}`, likelihood: l, severity: s }];
  });
}

function cellIds(placed: ReturnType<typeof placements>, l: number, s: number): string[] {
  return placed.filter((p) => p.likelihood === l && p.severity === s).map((p) => p.id);
}

/** Text inside SVG/HTML: the ids come escaped from the view; make stray `&` safe too. */
function xml(text: string): string {
  return text.replace(/&(?!(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const FILL: Record<RiskBand, string> = { low: '#e3f1e0', medium: '#fbe8b8', high: '#f6c9c3' };
const INK: Record<RiskBand, string> = { low: '#2f6b2f', medium: '#7a5200', high: '#9b1c13' };

export function riskMatrixSvg(risks: readonly MatrixRisk[], stage: MatrixStage, lang: string): string {
  const w = words(lang);
  const placed = placements(risks, stage);
  const prefix = `matrix-${stage}`;
  const cellW = 176;
  const cellH = 84;
  const x0 = 112;
  const y0 = 10;
  const parts: string[] = [];
  const stageName = w[stage];
  const described = placed.length === 0
    ? w.none
    : placed.map((p) => `${p.id}: ${w.at(p.likelihood, p.severity, label(lang, 'band', riskBand(p.likelihood, p.severity)))}`).join('; ');
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${x0 + 4 * cellW + 8} ${y0 + 4 * cellH + 62}" width="${x0 + 4 * cellW + 8}" height="${y0 + 4 * cellH + 62}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" class="risk-matrix">`);
  parts.push(`<title id="${prefix}-title">${xml(w.title(stageName.toLowerCase()))}</title>`);
  parts.push(`<desc id="${prefix}-desc">${xml(described)}</desc>`);
  // Patterns: plain for low, dots for medium, diagonal hatching for high.
  parts.push('<defs>');
  parts.push(`<pattern id="${prefix}-low" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${FILL.low}"></rect></pattern>`);
  parts.push(`<pattern id="${prefix}-medium" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${FILL.medium}"></rect><circle cx="4" cy="4" r="1.1" fill="${INK.medium}" fill-opacity="0.35"></circle></pattern>`);
  parts.push(`<pattern id="${prefix}-high" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="${FILL.high}"></rect><line x1="0" y1="0" x2="0" y2="8" stroke="${INK.high}" stroke-opacity="0.3" stroke-width="2"></line></pattern>`);
  parts.push('</defs>');
  for (let s = 4; s >= 1; s--) {
    const y = y0 + (4 - s) * cellH;
    parts.push(`<text x="${x0 - 8}" y="${y + cellH / 2 - 3}" text-anchor="end" font-size="12" font-weight="600">${s}</text>`);
    parts.push(`<text x="${x0 - 8}" y="${y + cellH / 2 + 12}" text-anchor="end" font-size="11">${xml(label(lang, 'level', s))}</text>`);
    for (let l = 1; l <= 4; l++) {
      const x = x0 + (l - 1) * cellW;
      const band = riskBand(l, s);
      parts.push(`<rect x="${x}" y="${y}" width="${cellW}" height="${cellH}" fill="url(#${prefix}-${band})" stroke="#5f6b7a" stroke-width="1"></rect>`);
      parts.push(`<text x="${x + 5}" y="${y + 13}" font-size="10" fill="${INK[band]}">${xml(label(lang, 'band', band))} · ${l * s}</text>`);
      const ids = cellIds(placed, l, s);
      // Up to four ids per cell; the full list is in the description and the register.
      const shown = ids.length > 4 ? [...ids.slice(0, 3), `+${ids.length - 3}`] : ids;
      shown.forEach((id, i) => {
        const ty = y + 30 + i * 14;
        const text = id.length > 24 ? `${id.slice(0, 23)}…` : id;
        parts.push(`<text x="${x + cellW / 2}" y="${ty}" text-anchor="middle" font-size="11.5" font-weight="700" fill="#111">${xml(text)}</text>`);
      });
    }
  }
  for (let l = 1; l <= 4; l++) {
    const x = x0 + (l - 1) * cellW + cellW / 2;
    parts.push(`<text x="${x}" y="${y0 + 4 * cellH + 15}" text-anchor="middle" font-size="12" font-weight="600">${l}</text>`);
    parts.push(`<text x="${x}" y="${y0 + 4 * cellH + 29}" text-anchor="middle" font-size="11">${xml(label(lang, 'level', l))}</text>`);
  }
  parts.push(`<text x="${x0 + 2 * cellW}" y="${y0 + 4 * cellH + 50}" text-anchor="middle" font-size="12" font-weight="700">${xml(w.likelihood)} →</text>`);
  parts.push(`<text x="14" y="${y0 + 2 * cellH}" text-anchor="middle" font-size="12" font-weight="700" transform="rotate(-90 14 ${y0 + 2 * cellH})">${xml(w.severity)} →</text>`);
  parts.push('</svg>');
  return `<figure class="matrix">${parts.join('')}<figcaption>${xml(stageName)}</figcaption></figure>`;
}

/** Both stages side by side, as one HTML block (no blank lines, so Markdown keeps it whole). */
export function riskMatricesHtml(risks: readonly MatrixRisk[], lang: string): string {
  return `<div class="matrices">${riskMatrixSvg(risks, 'inherent', lang)}${riskMatrixSvg(risks, 'residual', lang)}</div>`;
}

/** The matrix as a Markdown table under its stage's name; `mark`, a line before the table (the Word writer's marker, docx-marks.ts). */
export function riskMatrixMarkdown(risks: readonly MatrixRisk[], stage: MatrixStage, lang: string, mark?: string): string {
  const w = words(lang);
  const placed = placements(risks, stage);
  const head = `| ${w.severity} ↓ / ${w.likelihood} → | ${[1, 2, 3, 4].map((l) => `${l} ${label(lang, 'level', l)}`).join(' | ')} |`;
  const rule = `|---|${[1, 2, 3, 4].map(() => '---').join('|')}|`;
  const rows = [4, 3, 2, 1].map((s) => {
    const cells = [1, 2, 3, 4].map((l) => {
      const ids = cellIds(placed, l, s);
      // The band and its score (likelihood × severity) in words, as the SVG's cells say them.
      const band = `${label(lang, 'band', riskBand(l, s))} · ${l * s}`;
      return ids.length > 0 ? `**${tableCell(ids.join(', '))}** (${band})` : `(${band})`;
    });
    return `| **${s} ${label(lang, 'level', s)}** | ${cells.join(' | ')} |`;
  });
  return [`**${w[stage]}**`, '', ...(mark ? [mark, ''] : []), head, rule, ...rows].join('\n');
}

export function riskMatricesMarkdown(risks: readonly MatrixRisk[], lang: string): string {
  return `${riskMatrixMarkdown(risks, 'inherent', lang)}\n\n${riskMatrixMarkdown(risks, 'residual', lang)}`;
}
