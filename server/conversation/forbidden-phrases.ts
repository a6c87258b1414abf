/**
 * Words and figures Cathy must never say, whoever writes the reply (docs/domain.md, conversation policy): approval promises,
 * credit labels, rates and payment figures. The offline responder's tests hold its phrase tables to
 * this list, and the model's replies are checked against it before they are stored.
 */
export const FORBIDDEN_PHRASES: ReadonlyArray<[rule: string, pattern: RegExp]> = [
  ['approval', /approv|aprob|aprueb/i],
  ['guarantee', /guarant|garantiz/i],
  ['credit label', /bad credit|mal cr[eé]dito|cr[eé]dito malo|subprime/i],
  ['denied', /denied/i],
  ['rate', /\d\s*%|percent|por ?ciento/i],
  ['dollar figure', /\$\s*\d/],
  ['payment figure', /\d[\d,.]*\s*(?:\/|per|a|each)\s*(?:mo|month)\b|\d[\d,.]*\s*(?:al|por) mes/i],
];
