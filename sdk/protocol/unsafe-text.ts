/**
 * Characters that never belong in text shown to a salesperson or a CRM. Bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) reorder the text after them, so "…Honda" can display as something
 * else; C0 and C1 controls and DEL (NUL, BEL, ESC…) break rendering, logs and CRM imports.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Controls other than tab, newline and carriage return, plus the bidi ones. */
export const UNSAFE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
