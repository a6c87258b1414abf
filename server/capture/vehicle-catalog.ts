import { fold } from './text.js';

/** Common US makes and the nicknames visitors use for them, keyed by the folded spelling. */
const MAKE_NAMES: Record<string, string> = {
  acura: 'Acura', audi: 'Audi', bmw: 'BMW', beemer: 'BMW', bimmer: 'BMW', buick: 'Buick', cadillac: 'Cadillac',
  caddy: 'Cadillac', chevrolet: 'Chevrolet', chevy: 'Chevrolet', chevi: 'Chevrolet', chrysler: 'Chrysler',
  dodge: 'Dodge', ford: 'Ford', genesis: 'Genesis', gmc: 'GMC', honda: 'Honda', hyundai: 'Hyundai',
  infiniti: 'Infiniti', jeep: 'Jeep', kia: 'Kia', 'land rover': 'Land Rover', lexus: 'Lexus', lincoln: 'Lincoln',
  mazda: 'Mazda', mercedes: 'Mercedes-Benz', 'mercedes benz': 'Mercedes-Benz', benz: 'Mercedes-Benz',
  merc: 'Mercedes-Benz', mitsubishi: 'Mitsubishi', nissan: 'Nissan', porsche: 'Porsche', ram: 'Ram',
  subaru: 'Subaru', tesla: 'Tesla', toyota: 'Toyota', volkswagen: 'Volkswagen', volkswagon: 'Volkswagen',
  vw: 'Volkswagen', volks: 'Volkswagen', volvo: 'Volvo',
};

/** Makes that are also everyday words or places: they count only when written like a name or next to a model. */
export const AMBIGUOUS_MAKES = new Set(['caddy', 'dodge', 'genesis', 'lincoln', 'merc', 'ram']);

/** A modest list of popular models per make. */
const MODELS: Record<string, string[]> = {
  Acura: ['MDX', 'RDX', 'TLX', 'Integra'],
  Audi: ['A4', 'Q5', 'Q7'],
  BMW: ['3 Series', 'X3', 'X5'],
  Buick: ['Enclave', 'Encore', 'Envision'],
  Cadillac: ['Escalade', 'XT5'],
  Chevrolet: ['Silverado', 'Equinox', 'Tahoe', 'Suburban', 'Traverse', 'Malibu', 'Colorado', 'Trax',
    'Trailblazer', 'Blazer', 'Camaro', 'Corvette', 'Impala', 'Spark', 'Bolt', 'Cruze'],
  Chrysler: ['Pacifica', '300'],
  Dodge: ['Charger', 'Challenger', 'Durango', 'Grand Caravan', 'Journey'],
  Ford: ['F-150', 'F-250', 'Explorer', 'Escape', 'Mustang', 'Bronco', 'Bronco Sport', 'Edge', 'Expedition',
    'Ranger', 'Maverick', 'Fusion', 'Focus', 'Transit', 'EcoSport'],
  GMC: ['Sierra', 'Yukon', 'Acadia', 'Terrain', 'Canyon'],
  Honda: ['Civic', 'Accord', 'CR-V', 'HR-V', 'Pilot', 'Odyssey', 'Ridgeline', 'Passport', 'Fit'],
  Hyundai: ['Elantra', 'Sonata', 'Tucson', 'Santa Fe', 'Kona', 'Palisade', 'Venue', 'Accent', 'Ioniq 5'],
  Jeep: ['Wrangler', 'Grand Cherokee', 'Cherokee', 'Compass', 'Renegade', 'Gladiator'],
  Kia: ['Sorento', 'Sportage', 'Telluride', 'Forte', 'Soul', 'Optima', 'K5', 'Seltos', 'Rio', 'Carnival'],
  'Land Rover': ['Range Rover', 'Discovery', 'Defender'],
  Lexus: ['RX', 'ES', 'NX', 'IS'],
  Lincoln: ['Navigator', 'Aviator', 'Corsair'],
  Mazda: ['CX-5', 'CX-30', 'CX-9', 'Mazda3', 'Miata'],
  'Mercedes-Benz': ['C-Class', 'E-Class', 'GLC', 'GLE', 'Sprinter'],
  Mitsubishi: ['Outlander', 'Mirage', 'Eclipse Cross'],
  Nissan: ['Altima', 'Sentra', 'Rogue', 'Versa', 'Pathfinder', 'Murano', 'Kicks', 'Maxima', 'Frontier', 'Titan',
    'Leaf', 'Armada'],
  Ram: ['1500', '2500', '3500', 'ProMaster'],
  Subaru: ['Outback', 'Forester', 'Crosstrek', 'Impreza', 'Legacy', 'Ascent', 'WRX'],
  Tesla: ['Model 3', 'Model Y', 'Model S', 'Model X', 'Cybertruck'],
  Toyota: ['Camry', 'Corolla', 'Corolla Cross', 'RAV4', 'Tacoma', 'Tundra', 'Highlander', '4Runner', 'Sienna',
    'Prius', 'Sequoia', 'Venza', 'C-HR'],
  Volkswagen: ['Jetta', 'Passat', 'Tiguan', 'Atlas', 'Golf', 'Taos', 'Beetle'],
  Volvo: ['XC40', 'XC60', 'XC90'],
};

/**
 * Models that are also everyday words or places ("escape", "Tucson"): they count next to their make or a
 * year, or when capitalised mid-sentence. Numbers and two-letter codes ("1500", "ES") need their make.
 */
export const AMBIGUOUS_MODELS = new Set(
  ('escape edge focus fusion transit ranger maverick expedition pilot passport fit accent venue soul rio ' +
    'carnival forte compass gladiator journey charger challenger durango colorado malibu tahoe spark bolt ' +
    'blazer trax sierra canyon terrain acadia yukon tucson santafe titan leaf kicks frontier rogue legacy ' +
    'ascent atlas golf beetle mirage defender discovery navigator aviator corsair envision encore enclave ' +
    'impala armada').split(' '),
);

export interface ModelEntry {
  make: string;
  model: string;
  /** The model's letters and digits, folded, e.g. "crv". */
  key: string;
}

/** "CR-V" also matches "crv" and "cr v"; "RAV4" also "rav 4". */
function spellings(name: string): string {
  const chunks = fold(name).match(/[a-z]+|\d+/g) ?? [];
  return chunks.join(String.raw`[-\s]?`);
}

export const keyOf = (text: string): string => fold(text).replace(/[^a-z0-9]/g, '');

const MODEL_ENTRIES: ModelEntry[] = Object.entries(MODELS).flatMap(([make, models]) =>
  models.map((model) => ({ make, model, key: keyOf(model) })),
);
export const MODEL_BY_KEY = new Map(MODEL_ENTRIES.map((entry) => [entry.key, entry]));
export const MAKE_BY_KEY = new Map(Object.entries(MAKE_NAMES).map(([alias, make]) => [keyOf(alias), make]));

// Longest first, so "grand cherokee" wins over "cherokee" and "corolla cross" over "corolla".
const byLength = (a: string, b: string) => b.length - a.length;
const bounded = (alternatives: string[], plural = '') =>
  new RegExp(String.raw`(?<![a-z0-9])(?:${alternatives.sort(byLength).join('|')})${plural}(?![a-z0-9])`, 'g');

export const MAKE_PATTERN = bounded(Object.keys(MAKE_NAMES).map(spellings));
export const MODEL_PATTERN = bounded(
  MODEL_ENTRIES.map((entry) => spellings(entry.model)),
  `(?:'?s)?`,
);

/** The model a match names, also in the plural ("F150s", "Civics"). */
export const modelFor = (match: string): ModelEntry | undefined =>
  MODEL_BY_KEY.get(keyOf(match)) ?? MODEL_BY_KEY.get(keyOf(match).replace(/s$/, ''));
