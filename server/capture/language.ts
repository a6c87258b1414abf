import type { Locale } from '../../sdk/protocol/index.js';
import { fold } from './text.js';

// Words (accent-folded) that only one of the two languages uses; "no", "me", "a" and "ok" are in both.
const SPANISH = new Set(
  ('hola gracias quiero quisiera busco buscando necesito tengo tiene tienen cuanto cuanta cuantos carro carros ' +
    'credito numero llamo llamen llamar llamame soy estoy esta estan usted ustedes que como para por pero con ' +
    'el la los las una unos mis del al es son hay puedo puede pueden donde cuando tambien favor buenas buenos ' +
    'dias tardes noches precio mes mensual enganche inicial troca camioneta usado usada nuevo nueva nombre ' +
    'trabajo dinero pago pagos ahorita manana semana ano si claro dale bueno ayuda quien mucho muy ya').split(' '),
);
const ENGLISH = new Set(
  ('hi hello hey thanks thank want looking need have has how much what when where who the my is are am was ' +
    'for with can could would you your do does did price month monthly down used new call text just ' +
    'interested payment please yes yeah sure trade buy get like about and to of in it this that i im ' +
    "i'm there any some name number credit car truck").split(' '),
);
// Greetings and a few verbs settle a one-word message on their own.
const STRONG = new Set(['hola', 'gracias', 'quiero', 'necesito', 'busco', 'tengo', 'soy', 'hello', 'thanks', 'looking']);

/**
 * Tells Spanish from English by common words and Spanish-only marks; undefined when the text is too short
 * or too mixed to say, such as a bare phone number or "ok".
 *
 * @example
 * detectLanguage('hola, busco una troca'); // 'es'
 */
export function detectLanguage(text: string): Locale | undefined {
  let es = /[¿¡ñÑ]/.test(text) ? 2 : 0;
  if (/[áéíóúÁÉÍÓÚ]/.test(text)) es += 1;
  let en = 0;
  for (const word of fold(text).match(/[a-z']+/g) ?? []) {
    const weight = STRONG.has(word) ? 2 : 1;
    if (SPANISH.has(word)) es += weight;
    if (ENGLISH.has(word)) en += weight;
  }
  if (es >= 2 && es > en) return 'es';
  if (en >= 2 && en > es) return 'en';
  return undefined;
}
