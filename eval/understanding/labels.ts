import type { Reading } from '../../server/understanding/reading.js';

/**
 * A reading as flat labels, the unit the corpus is scored in: acts as `question:hours`, `request:callMe`,
 * `answer:name`, `greeting`…; entities as `key=value` (`vehicleWanted.model=CR-V`, `money.monthly=350`) or a
 * bare key where the value is free text (`time.timeframe`, `credit`). Plain statements are not scored.
 */
/**
 * Finer topics a reader may use, scored as the corpus topic they belong to (issue 12 lists
 * "location/directions/transit" as one topic, and "what happens next" is the process).
 */
const SAME_TOPIC: Readonly<Record<string, string>> = { transit: 'location', directions: 'location', whatNext: 'process' };

export function readingLabels(reading: Reading): { acts: string[]; entities: string[] } {
  const acts = reading.acts.flatMap((act) => {
    switch (act.kind) {
      case 'question':
        return [`question:${SAME_TOPIC[act.topic] ?? act.topic}`];
      case 'request':
        return [`request:${act.request}`];
      case 'answer':
        return [`answer:${act.slot}`];
      case 'statement':
        return [];
      default:
        return [act.kind];
    }
  });
  const e = reading.entities;
  const entities: string[] = [];
  const add = (key: string, value?: string | number) => entities.push(value === undefined ? key : `${key}=${value}`);
  for (const v of e.vehicleWanted) {
    if (v.make) add('vehicleWanted.make', v.make);
    if (v.model) add('vehicleWanted.model', v.model);
    if (v.year) add('vehicleWanted.year', v.year);
    if (v.bodyType) add('vehicleWanted.type', v.bodyType);
  }
  if (e.vehicleOwned) {
    add('vehicleOwned');
    if (e.vehicleOwned.make) add('vehicleOwned.make', e.vehicleOwned.make);
    if (e.vehicleOwned.model) add('vehicleOwned.model', e.vehicleOwned.model);
    if (e.vehicleOwned.year) add('vehicleOwned.year', e.vehicleOwned.year);
    if (e.vehicleOwned.owed) add('vehicleOwned.owed', e.vehicleOwned.owed);
  }
  for (const m of e.money) if (m.role !== 'unknown') add(`money.${m.role}`, m.amount);
  if (e.credit) {
    add('credit');
    for (const kind of e.credit.kinds) add('credit.kind', kind);
    if (e.credit.score) add('credit.score', e.credit.score);
  }
  for (const t of e.times) add(`time.${t.role}`, t.role === 'callTime' ? t.callTime : undefined);
  if (e.name) {
    add('name.first', e.name.first);
    if (e.name.last) add('name.last', e.name.last);
  }
  for (const phone of e.phones) add('phone', phone);
  for (const email of e.emails) add('email', email);
  if (e.correction) add('correction');
  return { acts: [...new Set(acts)], entities: [...new Set(entities)] };
}

/** The scored kind of a label: the act itself, or the entity's key. */
export function labelKind(label: string): string {
  const cut = label.indexOf('=');
  return cut < 0 ? label : label.slice(0, cut);
}

/** Labels compare without case, accents, spaces or hyphens: "CR-V" = "crv". */
export function normalLabel(label: string): string {
  const cut = label.indexOf('=');
  if (cut < 0) return label;
  const value = label
    .slice(cut + 1)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9+@.]/g, '');
  return `${label.slice(0, cut)}=${value}`;
}
