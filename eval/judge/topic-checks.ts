import type { Topic } from '../shoppers/shopper.js';

/** A reply as the checks see it: folded text plus what the wire said about it. */
export interface ReplyView {
  /** Folded (lower case, no accents). */
  text: string;
  /** The folded reply without its questions: Cathy's own next question ("what will you drive next?") answers nothing. */
  statements: string;
  disclosure: boolean;
  /** Cathy's reply asks for the phone number. */
  asksPhone: boolean;
  /** Cathy's reply ends on a question about the shopper (a slot). */
  asksSomething: boolean;
  /** The shopper's phone, E.164, once given. */
  phone?: string;
}

const SPANISH_WORDS = /[¿¡ñ]|\b(?:el|la|los|las|que|para|con|por|usted|puede|puedo|gracias|hola|un|una|de|es|su|tiene|va|algun|esta|son|muy|nuestro|nuestra|le|lo|y|en)\b/g;
const ENGLISH_WORDS = /\b(?:the|you|your|and|is|we|for|to|a|an|of|it|our|can|what|with)\b/g;
const count = (text: string, words: RegExp) => text.match(words)?.length ?? 0;

type Check = (reply: ReplyView) => boolean;
const has = (pattern: RegExp): Check => (reply) => pattern.test(reply.statements);
/** For offers, which are often questions ("would you like a manager to call you?"). */
const hasAnywhere = (pattern: RegExp): Check => (reply) => pattern.test(reply.text);
const all = (...checks: Check[]): Check => (reply) => checks.every((check) => check(reply));
const not = (check: Check): Check => (reply) => !check(reply);

// "mañana" is left out: it is also "morning", which a call-time question names.
const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|lunes|martes|miercoles|jueves|viernes|sabado|domingo|hoy)s?`;
const CLOCK = String.raw`(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|noon|mediodia)`;
const SPECIALIST = /\b(?:specialists?|finance (?:team|managers?)|our team|especialistas?|asesor(?:es|a)?|equipo)\b/;
const PASSED_ON = /\b(?:passed (?:that|it|this) (?:along|on)|let the team know|(?:will|'ll) (?:reach out|be in touch|call you)|le avise|ya le avise|se comunicara|le (?:va a )?llamar\w*|le contactara)\b/;
const PERSON = /\b(?:person|people|someone|specialists?|team members?|salespe(?:rson|ople)|human|managers?|personas?|alguien|especialistas?|asesor(?:es|a)?|gerentes?)\b/;

/**
 * What an answer to each topic cannot lack, in English or Spanish. Loose on purpose: any honest wording
 * passes; a brush-off ("a specialist can give you the details") does not, unless the topic is about people.
 */
export const TOPIC_CHECKS: Record<Topic, Check> = {
  stock: has(/\b(?:inventory|in stock|on the lot|available|availability|listings?|inventario|disponib\w*|en existencia|en el lote)\b/),
  price: has(/\b(?:price|pricing|prices|priced|cost|precio|precios|cuesta)\b/),
  payment: all(has(/\b(?:depend\w*|lenders?|credit|term|down payment|depende\w*|prestamistas?|credito|plazo|enganche)\b/), has(SPECIALIST)),
  approval: has(/\b(?:lenders?|options|credit situations?|work with|prestamistas?|opciones|situacion\w* de credito|trabajamos con)\b/),
  creditPull: has(
    /\b(?:(?:won'?t|doesn'?t|does not|will not|never|not) (?:\w+ )?(?:affect|hurt|impact|touch|ding|pull|check|run)|no (?:afecta|perjudica|toca|revisa)|sin afectar|nunca afecta|permission|permiso|autoriza\w*)\b/,
  ),
  process: has(/\b(?:steps?|application|apply|review\w*|process|paso\w*|solicitud|aplica\w*|proceso|revis\w*)\b/),
  documents: has(/\b(?:license|licen[cs]ia|proof of (?:income|residence|address)|pay ?stubs?|insurance|comprobante\w*|talones|seguro|identificacion|utility bill|recibo)\b/),
  tradeInValue: has(/\b(?:apprais\w*|valu\w*|evaluat\w*|inspect\w*|offer|avaluo|tasacion|evalua\w*|valor|oferta|cotiza\w*)\b/),
  payoff: has(/\b(?:payoff|pay (?:it )?off|owe|balance|roll\w*|still paying|saldo|debe|lo que debes|liquidar|pagar el resto)\b/),
  leasing: has(/\b(?:leas\w*|arrendamiento|arrendar|renta)\b/),
  cosigner: has(/\b(?:co-?signer|co-?sign\w*|cofirmante|codeudor|aval|fiador)\b/),
  itin: has(/\bitin\b/),
  selfEmployed: has(/\b(?:self[- ]employed|1099|bank statements?|tax returns?|cash income|own business|independiente|por (?:su|tu) cuenta|cuenta propia|estados de cuenta|declaracion\w*)\b/),
  downPayment: has(/\b(?:down payments?|money down|zero down|(?:put|putting) (?:\w+ )?down|enganche|pago inicial|cuota inicial)\b/),
  hours: has(new RegExp(`${CLOCK}|\\b(?:closed|cerrad[oa]s?)\\b`)),
  location: has(/\b(?:address|located|directions|blvd|boulevard|street|avenue|ave|road|highway|bus|transit|metro|train|direccion|ubicad[oa]s?|estamos en|como llegar|parada|autobus|tren)\b/),
  // Plurals count: "Test drives are free…" answers "can I test drive it?".
  testDrive: has(/\b(?:test ?drives?|appointments?|schedule|come (?:in|by)|visit|pruebas? de manejo|manejarlo|citas?|agendar|visita\w*)\b/),
  walkIns: has(/\b(?:walk-?ins?|appointments?|drop (?:in|by)|sin cita|cita previa|no necesita cita)\b/),
  texting: all(has(/\b(?:text\w*|sms|mensaje\w*|whatsapp)\b/), not(has(/\b(?:can'?t|cannot|don'?t|unable to) (?:\w+ )?text\b|\bno (?:podemos|puedo) (?:enviar|mandar)/))),
  languages: has(/\b(?:spanish|espanol|english|ingles|bilingual|bilingue|languages?|idiomas?)\b/),
  warranty: has(/\b(?:warrant\w*|garantia\w*|coverage|cobertura|service contract)\b/),
  person: hasAnywhere(PERSON),
  bot: has(/\b(?:automated|virtual|a bot|an ai|assistant|not a (?:real )?person|asistente|automatizad[oa]|no soy una persona)\b/),
  whenCall: has(new RegExp(`${CLOCK}|\\b${DAY}\\b|\\b(?:minutes|hours?|shortly|soon|business hours|minutos|horas?|pronto|horario)\\b`)),
  gaveNumber: (reply) => {
    if (!reply.phone) return false;
    const digits = reply.text.replace(/\D/g, '');
    return digits.includes(reply.phone.slice(-4)) && !digits.includes(reply.phone.slice(-10)) && !reply.asksPhone;
  },
  stillThere: has(/\b(?:yes|yep|i'?m (?:still )?here|still here|right here|si|aqui (?:estoy|sigo)|sigo aqui|estoy aqui)\b/),
  dealerPhone: has(/\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/),
  calmManager: all(hasAnywhere(/\b(?:manager|supervisor|gerente|encargad[oa])\b/), (reply) => !reply.asksPhone),
  // Stops qualifying: points to the inventory or stays available, and asks nothing about the shopper.
  browsingAck: all(has(/\b(?:inventory|browse|look around|take your time|listings|here (?:if|whenever|when)|anytime|inventario|con calma|aqui (?:estoy|si)|cuando (?:quieras|guste))\b/), (reply) => !reply.asksSomething),
  optOutAck: all(
    has(/\b(?:won'?t|will not|no one will|not (?:call|text|contact)|removed|no more|stop|no (?:te|le|lo|la) (?:vamos a )?(?:llamar|contactar|escribir)\w*|nadie (?:te|le) (?:va a )?(?:llamar|contactar)\w*|no recibir\w*)\b/),
    (reply) => !reply.asksPhone,
  ),
  // With the number on file, asking for it again is itself a breach; passing the request on is the answer.
  asksNumber: (reply) => reply.asksPhone || reply.disclosure || (reply.phone !== undefined && PASSED_ON.test(reply.statements)),
  spanish: (reply) => count(reply.text, SPANISH_WORDS) > count(reply.text, ENGLISH_WORDS),
};
