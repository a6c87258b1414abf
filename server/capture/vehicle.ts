import type { VehicleInterest } from './facts.js';
import { findVehicleParts, type VehiclePart } from './vehicle-parts.js';
import { fold } from './text.js';

export interface VehicleScan {
  vehicle?: VehicleInterest;
  condition?: 'new' | 'used';
}

const NEW = /\b(?:brand new|new|nuevos?|nuevas?|0 ?km)\b/g;
const USED = /\b(?:used|certified|cpo|usados?|usadas?)\b/g;
const PLAINLY_USED = /\b(?:pre-?owned|second ?hand|semi ?-?nuev[oa]s?)\b/;
const VEHICLE_WORD = /\b(?:cars?|carros?|autos?|coches?|vehicles?|vehiculos?|ones?|units?|models?|modelos?)\b/;

/**
 * Finds the vehicle the visitor is interested in and whether they want it new or used. Mask any trade-in
 * first: its vehicle is not the one they want.
 *
 * @example
 * findVehicle('looking for a used 2019 Honda CR-V', new Date('2025-01-01'));
 * // { vehicle: { text: '2019 Honda CR-V', year: 2019, make: 'Honda', model: 'CR-V' }, condition: 'used' }
 */
export function findVehicle(text: string, now: Date): VehicleScan {
  const folded = fold(text);
  const { parts, looseYears } = findVehicleParts(text, folded, now.getUTCFullYear() + 1);
  const scan: VehicleScan = {};
  const cluster = pickCluster(clusters(folded, parts, looseYears));
  if (cluster) scan.vehicle = describe(text, cluster);
  const condition = findCondition(folded, parts);
  if (condition) scan.condition = condition;
  return scan;
}

/** Parts a couple of words apart in one sentence describe one vehicle ("2019 Honda CR-V", "troca Ford 2014"). */
function clusters(folded: string, parts: VehiclePart[], looseYears: VehiclePart[]): VehiclePart[][] {
  const near = (end: number, start: number) => {
    const gap = folded.slice(Math.min(end, start), Math.max(end, start));
    return !/[.!?;,\n]/.test(gap) && (gap.match(/[a-z0-9]+/g) ?? []).length <= 2;
  };
  const kept = looseYears.filter((year) => parts.some((p) => near(year.end, p.start) || near(p.end, year.start)));
  const groups: Array<{ parts: VehiclePart[]; end: number }> = [];
  for (const part of [...parts, ...kept].sort((a, b) => a.start - b.start)) {
    const last = groups.at(-1);
    if (last && (last.end >= part.start || near(last.end, part.start))) {
      last.parts.push(part);
      last.end = Math.max(last.end, part.end);
    } else {
      groups.push({ parts: [part], end: part.end });
    }
  }
  return groups.map((group) => group.parts);
}

function pickCluster(groups: VehiclePart[][]): VehiclePart[] | undefined {
  const has = (group: VehiclePart[], kind: VehiclePart['kind']) => group.some((part) => part.kind === kind);
  const specificBody = (group: VehiclePart[]) => group.some((p) => p.kind === 'body' && p.value !== 'car');
  return (
    groups.find((group) => has(group, 'model') || has(group, 'make')) ??
    groups.find(specificBody) ??
    groups.find((group) => has(group, 'body')) ??
    groups.find((group) => has(group, 'year'))
  );
}

function describe(text: string, group: VehiclePart[]): VehicleInterest {
  const start = Math.min(...group.map((part) => part.start));
  const end = Math.max(...group.map((part) => part.end));
  const vehicle: VehicleInterest = { text: text.slice(start, end) };
  for (const part of group) {
    if (part.kind === 'year') vehicle.year ??= part.value;
    else if (part.kind === 'make') vehicle.make ??= part.value;
    else if (part.kind === 'model') vehicle.model ??= part.value;
    else if (!vehicle.bodyType || vehicle.bodyType === 'car') vehicle.bodyType = part.value;
  }
  return vehicle;
}

/**
 * "new" and "used" are common words ("new to this", "I used to"), so they count when plainly about a vehicle,
 * next to one, or as the whole answer to "new or used?". Both at once means the visitor has not decided.
 */
function findCondition(folded: string, parts: VehiclePart[]): 'new' | 'used' | undefined {
  const short = (folded.match(/[a-z0-9]+/g) ?? []).length <= 2 && !/\b(?:soy|estoy|i'?m|am)\b/.test(folded);
  const aboutVehicle = (m: RegExpMatchArray) => {
    const at = m.index ?? 0;
    if (/\bde\s+$/.test(folded.slice(0, at)) || /^\s+to\b/.test(folded.slice(at + m[0].length))) return false;
    if (short || m[0] === 'brand new') return true;
    const before = folded.slice(0, at).match(/(?:\S+\s+){0,2}$/)?.[0] ?? '';
    const after = folded.slice(at + m[0].length).match(/^(?:\s+\S+){0,2}/)?.[0] ?? '';
    const from = at - before.length;
    const to = at + m[0].length + after.length;
    return VEHICLE_WORD.test(before + ' ' + after) || parts.some((p) => p.start < to && p.end > from);
  };
  const isNew = [...folded.matchAll(NEW)].some(aboutVehicle);
  const isUsed = PLAINLY_USED.test(folded) || [...folded.matchAll(USED)].some(aboutVehicle);
  if (isNew === isUsed) return undefined;
  return isNew ? 'new' : 'used';
}
