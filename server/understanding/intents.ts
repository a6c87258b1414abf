import { fold } from '../capture/text.js';

export type Intent =
  | 'greeting'
  | 'thanks'
  | 'goodbye'
  | 'asksIfBot'
  | 'wantsHuman'
  | 'asksHours'
  | 'asksLocation'
  | 'asksDealerPhone'
  | 'asksFinanceTerms'
  | 'asksApproval'
  | 'creditConcern'
  | 'strongCredit'
  | 'asksInventory'
  | 'declinesPhone'
  | 'asksWhatNext'
  | 'question';

const WHO = String.raw`(?:a |an |the |some |your |una |un |el |la )?(?:real |live |actual )?`;
const PEOPLE = String.raw`(?:human|person|agent|sales ?(?:person|rep|man|woman|team)|representative|rep|manager|someone|somebody|specialist|finance (?:manager|person)|persona|humano|agente|vendedora?|asesora?|representante|gerente|alguien|especialista)`;
const BOTS = String.raw`(?:real|human|person|bot|robot|ai|machine|computer|automated|chat ?bot|live person|persona|humana?|maquina|ia|inteligencia artificial|asistente virtual)`;

/** Cues that hold whether or not the message reads as a question. */
const ALWAYS: Partial<Record<Intent, RegExp[]>> = {
  greeting: [/^(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening)|hola|buen[oa]s(?: dias| tardes| noches)?|saludos)\b/],
  thanks: [/(?<!\bno,? )\b(?:thanks|thank (?:you|u)|thx|ty|appreciate it|gracias|se lo agradezco|muy amable)\b/],
  goodbye: [/\b(?:bye|goodbye|see (?:you|ya)|talk (?:to you )?later|have a (?:good|great|nice) (?:day|night|one)|gotta go|adios|hasta (?:luego|pronto|manana)|nos vemos|chao|chau)\b/],
  asksIfBot: [
    new RegExp(String.raw`\b(?:are|r) (?:you|u) (?:a |an )?${BOTS}\b`),
    new RegExp(String.raw`\b(?:is this|am i (?:talking|chatting|speaking) (?:to|with)) (?:a |an )?${BOTS}\b`),
    /\b(?:you'?re|youre) (?:a |an )?(?:bot|robot|ai|machine)\b/,
    new RegExp(String.raw`\b(?:eres|es usted|usted es|estoy hablando con|hablo con|es esto|esto es) (?:un |una )?${BOTS}\b`),
  ],
  wantsHuman: [
    new RegExp(String.raw`\b(?:talk|speak|chat|connect|transfer|put) (?:me )?(?:to|with) ${WHO}${PEOPLE}\b`),
    new RegExp(String.raw`\b(?:want|need|get|like|prefer|can i have)(?: to (?:talk|speak) (?:to|with))? ${WHO}(?:human|person|agent|representative|salesperson)\b`),
    /^(?:a )?(?:human|agent|representative|operator|real person|live agent|persona real|agente|asesor)(?: please| pls| por favor)?$/,
    new RegExp(String.raw`\b(?:hablar|platicar|comunicarme|conversar) con ${WHO}${PEOPLE}\b`),
    /\b(?:quiero|necesito|prefiero) (?:una |un )?(?:persona|humano|agente|asesor|vendedor)\b/,
  ],
  asksHours: [
    /\b(?:hours|closing time|opening time|are you (?:guys )?(?:open|closed))\b/,
    /\b(?:what time|when) (?:do|are|does) (?:you|y'?all|you guys|the dealership|the store|it) (?:open|close)\b/,
    /\bopen (?:today|tomorrow|now|right now|on|until|till|late|this|sundays?|saturdays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)\b/,
    /\b(?:horarios?|a que hora (?:abren|cierran|abre|cierra)|estan abiertos|esta abierto|abren (?:hoy|manana|el|los|este)|cierran hoy)\b/,
  ],
  asksLocation: [
    /\bwhere (?:are|is) (?:you|y'?all|you guys|the dealership|the dealer|the lot|your (?:dealership|store|lot|location|office))\b/,
    /\b(?:your address|the address|what'?s the address|directions|how do i get there|where.{0,20}located)\b/,
    /\b(?:donde (?:estan|esta la agencia|quedan|queda|se encuentran|se ubican)|direccion|ubicacion|ubicados|como llego)\b/,
  ],
  asksDealerPhone: [
    /\b(?:your|the dealership'?s?|the dealer'?s?|the store'?s?) (?:phone|phone number|number)\b/,
    /\b(?:what'?s the (?:phone )?number|what number (?:can|do|should) i call|can i call (?:you|the dealership|y'?all))\b/,
    /\b(?:su|tu) (?:numero|telefono)\b|\b(?:numero|telefono) de (?:la agencia|ustedes|la tienda|la concesionaria)\b|\b(?:a que numero|cual es el (?:numero|telefono))\b/,
  ],
  asksFinanceTerms: [/\b(?:apr|interest|rates?|tasas?|intereses)\b/],
  asksApproval: [
    /\b(?:(?:pre-?)?approv\w*|qualif\w*|get financed|be financed|finance me|accept me|guarantee\w*|get (?:a )?(?:car )?loan)\b/,
    /\b(?:aprob\w*|aprueb\w*|califico|calificar|calificaria|me financian|garantiza\w*|me dan (?:el )?(?:credito|financiamiento)|me aceptan)\b/,
  ],
  creditConcern: [
    /\b(?:bad|poor|low|no|bruised|rough|terrible|horrible|limited|damaged|thin|messed up|not (?:great|good)) credit\b/,
    /\bcredit(?: score)?(?: is|'s) (?:bad|poor|low|terrible|horrible|rough|shot|messed up|not (?:great|good))\b/,
    /\b(?:credit(?: isn'?t| ain'?t| is not|'s not)|(?:don'?t|do not) have (?:any |good |great )?credit)\b/,
    /\b(?:bankrupt\w*|repo|repossess\w*|denied|rejected|turned down|collections|charge ?offs?|first[- ]time buyer|rebuilding|no credit history|subprime)\b/,
    /\b(?:mal credito|credito malo|poco credito|sin credito|no tengo credito|credito (?:no es|esta) (?:bueno|malo|bajo)|no tengo buen credito|bancarrota|quiebra|me (?:lo )?negaron|me rechazaron|rechazad[oa]|embargaron|reconstruyendo)\b/,
  ],
  strongCredit: [
    /\b(?:great|good|excellent|perfect|strong|solid) credit\b|\bcredit(?: is|'s) (?:great|good|excellent|perfect|strong|solid)\b|\b(?:7[5-9]\d|8\d\d) (?:credit|score)\b/,
    /\b(?:buen credito|excelente credito|credito (?:es )?(?:bueno|excelente))\b/,
  ],
  asksWhatNext: [
    /\bwhat (?:else )?(?:do|would|should) (?:you|i) need\b|\bwhat else (?:do you need|should i|can i give)\b|\bwhat(?:'s| is) next\b/,
    /\bque (?:mas )?(?:necesita|necesitan|ocupa|ocupan|le falta|sigue)\b/,
  ],
  declinesPhone: [
    /\b(?:rather not|prefer not|don'?t want to|do not want to|won'?t|not comfortable|not going to|not ready to)\b.{0,25}\b(?:number|phone|cell)\b/,
    /\b(?:prefiero no|no quiero|no voy a)\b.{0,25}\b(?:numero|telefono|celular)\b/,
  ],
};

/** Cues that are statements unless the message reads as a question: "I have $2,000 down" is not asking. */
const WHEN_ASKED: Partial<Record<Intent, RegExp[]>> = {
  // "Do you offer financing?" is answered like "can I get approved?": yes, for every credit situation.
  asksApproval: [/\b(?:financing|finance options|in-house|buy here,? pay here|financiamiento|financian|financiar)\b/],
  asksFinanceTerms: [
    /\b(?:how much|what|what'?s|whats|how big|do i need|is there)\b.{0,40}\b(?:payments?|down|a month|per month|monthly|terms?)\b/,
    /\b(?:down payment|monthly payments?|loan terms?|interes)\b/,
    /\b(?:cuanto|cual|cuales|de cuanto|que)\b.{0,40}\b(?:pago|pagos|pagaria|mensualidad(?:es)?|mensual|al mes|enganche|pago inicial|cuota|plazos?)\b/,
  ],
  asksInventory: [
    /\b(?:do you (?:have|carry|sell|got)|in stock|on the lot|inventory|available|price|cost|how much (?:is|are|for|does|do)|msrp)\b/,
    /\b(?:tienen|hay|inventario|disponibles?|precio|cuanto cuesta|cuanto vale|cuanto sale|en existencia)\b/,
  ],
};

const QUESTION_START =
  /^(?:how|what|what'?s|whats|when|where|which|who|why|do|does|did|is|are|can|could|will|would|should|any|cuanto|cuanta|cual|que|como|donde|cuando|tienen|hay|puedo|pueden|podria)\b/;

function normalize(text: string): string {
  return fold(text).replace(/[’`]/g, "'").replace(/\s+/g, ' ').replace(/^[\s¿¡]+/, '').trim();
}

/**
 * What a visitor message asks for or says, in English or Spanish. Several intents can hold at once.
 *
 * @example
 * detectIntents('¿Eres un robot?'); // Set { 'asksIfBot', 'question' }
 */
export function detectIntents(text: string): Set<Intent> {
  const plain = normalize(text);
  const found = new Set<Intent>();
  const asked = text.includes('?') || QUESTION_START.test(plain);
  if (asked) found.add('question');
  const check = (cues: Partial<Record<Intent, RegExp[]>>) => {
    for (const [intent, patterns] of Object.entries(cues) as Array<[Intent, RegExp[]]>) {
      if (patterns.some((pattern) => pattern.test(plain))) found.add(intent);
    }
  };
  check(ALWAYS);
  if (asked) check(WHEN_ASKED);
  // "Not great credit" matches both; the worry wins.
  if (found.has('creditConcern')) found.delete('strongCredit');
  return found;
}
