import type { BusinessHours, Weekday } from '../../store/records.js';
import { formatTime } from '../../sites/business-hours.js';
import type { DealerKnowledge, KnownFact } from '../../sites/knowledge/knowledge-schema.js';
import { knowledgeText } from '../../sites/knowledge/knowledge-text.js';
import type { ResponderSite } from '../responder.js';

const DAYS: ReadonlyArray<[Weekday, string]> = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
];

function hoursLine(hours: BusinessHours): string {
  const days = DAYS.map(([day, name]) => {
    const open = hours[day];
    return `${name} ${open ? `${formatTime(open.open, 'en')}–${formatTime(open.close, 'en')}` : 'closed'}`;
  });
  return days.join('; ');
}

/**
 * What Cathy knows about the dealership, from the site's settings (dealer-controlled, never visitor text).
 *
 * @example siteFacts(site) // ['Dealership: Sunrise Auto', 'Address: 100 Main St, Springfield', …]
 */
export function siteFacts(site: ResponderSite): string[] {
  return [
    `Dealership: ${site.name}`,
    `Address: ${site.address ?? 'not on file (offer to have a specialist send directions)'}`,
    `Dealership phone: ${site.phone ?? 'not on file'}`,
    `Opening hours (${site.timezone}): ${hoursLine(site.businessHours)}`,
    ...knowledgeFacts(site.knowledge),
  ];
}

const KNOWLEDGE_LABELS: ReadonlyArray<[KnownFact, string]> = [
  ['directions', 'Directions'],
  ['transit', 'Public transit'],
  ['walkIns', 'Walk-ins'],
  ['testDrives', 'Test drives and appointments'],
  ['whatToBring', 'What to bring'],
  ['tradeInAppraisal', 'Trade-in appraisal'],
  ['tradeInPayoff', 'Trading in a car with a loan'],
  ['leasing', 'Leasing'],
  ['cosigners', 'Co-signers'],
  ['itin', 'ITIN'],
  ['selfEmployed', 'Self-employed or cash income'],
  ['downPayment', 'Down payment'],
  ['creditPull', 'Credit checks'],
  ['texting', 'Texting'],
  ['warranty', 'Warranty'],
  ['process', 'How buying works'],
];

/** The dealer's own answers (`npm run site -- knowledge set`); a fact not on file is said to be unknown, never guessed. */
function knowledgeFacts(knowledge: DealerKnowledge | undefined): string[] {
  const lines = KNOWLEDGE_LABELS.map(([fact, label]) => `${label}: ${knowledgeText(knowledge, fact, 'en') ?? 'not on file (a specialist will confirm)'}`);
  lines.push(`Languages spoken by staff: ${knowledge?.languages?.join(', ') ?? 'not on file'}`);
  const conditions = knowledge?.inventory?.conditions;
  if (conditions) lines.push(`Sells: ${conditions.map((c) => (c === 'used' ? 'pre-owned' : 'new')).join(' and ')} vehicles only${conditions.length === 1 ? ' (never ask new or pre-owned)' : ''}`);
  return lines;
}
