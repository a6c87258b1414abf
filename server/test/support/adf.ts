import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Attributes as `@name`, text beside them as `#text`, as the parser gives them. */
export interface XmlText {
  '#text'?: string;
  [attribute: `@${string}`]: string;
}

export interface ParsedVehicle extends XmlText {
  year: string;
  make: string;
  model: string;
  comments: string;
  finance?: { amount: XmlText | XmlText[] };
}

/** What the tests read back from an ADF document. */
export interface ParsedProspect {
  '@status': string;
  id: XmlText;
  requestdate: string;
  vehicle: ParsedVehicle[];
  customer: { contact: { name: XmlText[]; email?: string; phone: XmlText }; timeframe: { description: string }; comments: string };
  vendor: { vendorname: string; contact: { name: XmlText[]; phone?: XmlText } };
  provider: { name: XmlText[]; url: string };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => name === 'vehicle' || name === 'name',
});

/** Parses an ADF document after checking it is well-formed XML; throws otherwise. */
export function parseAdf(xml: string): ParsedProspect {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return (parser.parse(xml) as { adf: { prospect: ParsedProspect } }).adf.prospect;
}
