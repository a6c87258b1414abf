const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
// Phone-like runs of 7+ digits with separators; the last two digits stay for support lookups. Not inside
// a word or a hyphenated id, so the all-digit groups of uuids (leadId, jobId) stay readable.
const PHONE = /(?<![\w-])\+?\d[\d\s().-]{5,}\d(?![\w-])/g;
const TOKEN = /\b(sk|pk)_[A-Za-z0-9_-]{6,}|\bv1\.[A-Za-z0-9_.-]{20,}/g;
/** A workspace link's one-time token (`/console/invitation#token=…`) or the session cookie's value. */
const LINK_TOKEN = /(#token=|cathy_staff=)[A-Za-z0-9_-]+/g;

/** Masks emails, phone numbers and keys/tokens inside free text for logs. */
export function maskText(text: string): string {
  return text
    .replace(LINK_TOKEN, (_match, prefix: string) => `${prefix}***`)
    .replace(TOKEN, (match) => `${match.slice(0, 3)}***`)
    .replace(EMAIL, (_match, first: string, domain: string) => `${first}***@${domain}`)
    .replace(PHONE, (match) => {
      const digits = match.replace(/\D/g, '');
      return digits.length >= 7 ? `***${digits.slice(-2)}` : match;
    });
}
