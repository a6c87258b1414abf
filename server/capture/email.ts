import type { Span } from './text.js';

export interface EmailScan {
  /** Lower-cased, without repeats, in the order written. */
  emails: string[];
  spans: Span[];
}

// The domain must end in a letters-only label, which keeps a sentence's closing "." or "," out of it.
const EMAIL = /(?<![\w.%+-])[a-z0-9](?:[\w.%+-]*[a-z0-9_])?@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?![\w-])/gi;

/**
 * Finds email addresses in a visitor message.
 *
 * @example
 * findEmails('write me at Maria.Lopez@Gmail.com.').emails; // ['maria.lopez@gmail.com']
 */
export function findEmails(text: string): EmailScan {
  const scan: EmailScan = { emails: [], spans: [] };
  for (const match of text.matchAll(EMAIL)) {
    const email = match[0].toLowerCase();
    scan.spans.push([match.index, match.index + match[0].length]);
    if (!onHeaderLine(text, match.index) && !scan.emails.includes(email)) scan.emails.push(email);
  }
  return scan;
}

// "Bcc: evil@x.example" or a pasted "From: …" names someone else's address, never the shopper's own.
const HEADER_LINE = /^\s*(?:to|cc|bcc|from|sender|reply-to|return-path|delivered-to|envelope-to)\s*:/i;

function onHeaderLine(text: string, index: number): boolean {
  return HEADER_LINE.test(text.slice(text.lastIndexOf('\n', index) + 1, index));
}
