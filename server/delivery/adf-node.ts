import { xmlText } from './xml-text.js';

/** A fast-xml-parser builder node: attributes as `@name`, text beside them as `#text`. */
export type Node = Record<string, unknown>;

export const text = (value: string | number | undefined) => xmlText(value);

export const withAttributes = (attributes: Record<string, string>, value: string | number | undefined): Node => ({
  ...Object.fromEntries(Object.entries(attributes).map(([key, attr]) => [`@${key}`, attr])),
  '#text': text(value),
});
