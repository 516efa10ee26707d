// The markers the templates' helpers write into Markdown meant for Word (templates.ts),
// read back by blocks.ts: where the table of contents goes, and that the next table is a
// risk matrix. HTML comments, so no answer (escaped: escape.ts) can write one.
export const DOCX_TOC_MARK = '<!-- dpia:toc -->';
export const DOCX_MATRIX_MARK = '<!-- dpia:risk-matrix -->';
