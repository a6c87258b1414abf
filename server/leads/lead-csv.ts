import type { LeadRecord } from '../store/records.js';

const COLUMNS = ['created', 'name', 'phone', 'email', 'vehicle', 'stage', 'assignee', 'consent level', 'source page', 'utm source'];

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell a spreadsheet would read as
 * a formula (starting with = + - @, or a tab or carriage return before one) gets a leading `'`, since names and
 * vehicles are typed by shoppers.
 */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function vehicleOf(lead: LeadRecord): string | undefined {
  const { vehicle, year, make, model } = lead.interest;
  return vehicle ?? ([year, make, model].filter(Boolean).join(' ') || undefined);
}

function row(lead: LeadRecord): string[] {
  const { contact } = lead;
  const name = contact.name ?? ([contact.firstName, contact.lastName].filter(Boolean).join(' ') || undefined);
  return [
    lead.createdAt.toISOString(),
    name,
    // The national form reads as a number to dial and needs no formula guard; E.164 only when there is none.
    contact.phoneNational ?? contact.phone,
    contact.email,
    vehicleOf(lead),
    lead.pipeline?.stage ?? 'new',
    lead.pipeline?.assignee,
    lead.doNotContact ? 'do_not_contact' : lead.consent.level,
    lead.source.page?.url,
    lead.source.utm?.source,
  ].map(csvCell);
}

/** The sales manager's export: a header line, then one line per lead, CRLF line ends as RFC 4180 has them. */
export function leadsCsv(leads: LeadRecord[]): string {
  return [COLUMNS, ...leads.map(row)].map((cells) => `${cells.join(',')}\r\n`).join('');
}
