// Rewrites the question table in README.md from the interview catalogues.
// Run: node --import tsx scripts/question-table.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { questionTable, TABLE_END, TABLE_START } from '../src/interview/question-table.ts';

const file = new URL('../README.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const start = text.indexOf(TABLE_START);
const end = text.indexOf(TABLE_END);
if (start === -1 || end === -1) throw new Error('README.md has no question table markers');
writeFileSync(file, text.slice(0, start) + questionTable() + text.slice(end + TABLE_END.length));
