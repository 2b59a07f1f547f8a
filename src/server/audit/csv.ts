/**
 * The audit as CSV for spreadsheets: RFC 4180 (CRLF rows, fields with a comma, quote or line
 * break in double quotes, quotes doubled), a UTF-8 byte-order mark so Excel reads Chinese
 * correctly, and a guard against formula injection: a text cell that starts with = + - @ (or
 * a tab or carriage return, which some spreadsheets strip first) gets a leading apostrophe.
 */
import type { AuditEntry } from './store.js';

export const BOM = '\uFEFF';

type Cell = string | number | boolean | null | undefined;

const COLUMNS: [header: string, value: (e: AuditEntry) => Cell][] = [
  ['time', (e) => e.at],
  ['event', (e) => e.event],
  ['generation_id', (e) => e.generationId],
  ['kind', (e) => e.kind],
  ['user_id', (e) => e.userId],
  ['user_name', (e) => e.userName],
  ['via', (e) => e.via],
  ['template', (e) => e.templateId],
  ['template_version', (e) => e.templateVersion],
  ['action', (e) => e.action],
  ['host', (e) => e.host],
  ['model', (e) => e.model],
  ['tokens_in', (e) => e.tokensIn],
  ['tokens_out', (e) => e.tokensOut],
  ['duration_ms', (e) => e.durationMs],
  ['outcome', (e) => e.outcome],
  ['error_code', (e) => e.errorCode],
  ['candidates', (e) => e.candidates],
  ['candidate', (e) => e.candidate],
  ['candidate_outcomes', (e) => e.candidateOutcomes?.join(' ')],
  ['ms_since_done', (e) => e.msSinceDone],
  ['content', (e) => (e.content ? JSON.stringify(e.content) : null)],
  ['id', (e) => e.id],
];

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The BOM and header row, then one row per entry. */
export async function* auditCsv(entries: AsyncIterable<AuditEntry>): AsyncGenerator<string> {
  yield BOM + csvRow(COLUMNS.map(([header]) => header));
  for await (const entry of entries) yield csvRow(COLUMNS.map(([, value]) => value(entry)));
}
