import type { Topic } from './found.js';

const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekends?|lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|fin de semana)s?`;

/**
 * Cues for each topic, over normalized text (see normalize.ts). A topic counts as asked when the message
 * reads as a question or the cue is itself a request for information ("need directions").
 */
export const TOPIC_CUES: ReadonlyArray<[Topic, RegExp]> = [
  ['bot', /\b(?:(?:are|is) (?:you|this|it) (?:a |an )?(?:real|human|person|bot|robot|ai|machine|computer|automated|chat ?bot|live person)|am i (?:talking|chatting|speaking) (?:to|with) (?:a |an )?(?:real|human|person|bot|robot|ai|machine)|you'?re (?:a |an )?(?:bot|robot|ai)|(?:eres|es usted|estoy hablando con|hablo con) (?:un |una )?(?:robot|bot|maquina|persona real|humano|ia))\b/],
  ['gaveNumber', /\b(?:already|just) (?:gave|sent|told|provided|shared|typed|put) (?:you |it |u )?(?:my |the |that )?(?:number|phone|cell|digits)|(?:already|just) gave (?:it|that) to you|ya (?:te |le |les )?(?:di|mande|envie|pase) (?:mi |el )?(?:numero|telefono|cel)/],
  ['whenCall', /\bwhen (?:will|would|do|are|is|can|should) (?:they|you|someone|somebody|he|she|the (?:team|specialist|dealer|salesperson)|a (?:specialist|person))(?: going to| gonna)? (?:call|contact|reach|get back|hear|text)|how (?:soon|long)(?: until| till| before| will)? .{0,30}\b(?:call|contact|hear|reach)|when (?:will|do|can) i (?:hear|get a call)|cuando (?:me )?(?:llaman|llamaran|van a (?:llamar|escribir|contactar|mandar)|contactan|me contactaran|me hablan|escriben|me escribiran)/],
  ['stillThere', /\b(?:(?:are )?you still there|anyone there\??$|anybody there\??$|is anyone (?:there|here)|hello\?{2,}|you there\??$|(?:sigues|estas|siguen) ahi|hay alguien)/],
  ['creditPull', /\b(?:(?:hurt|affect|ding|lower|damage|drop|impact|mess up)s? (?:my )?(?:credit|score)|(?:credit|hard|soft) (?:check|pull|inquiry|inquiries)|(?:pull|run|check)(?:ing)? my credit|(?:afecta|dana|baja|perjudica|revisan|checan|sacan) (?:mi |el )?(?:credito|puntaje)|(?:revision|consulta) (?:de|del) credito)/],
  ['itin', /\b(?:itin|tax id|(?:no|without|don'?t have) (?:a |an )?(?:ssn|social(?: security)?(?: number)?)|(?:sin|no tengo) (?:numero de )?(?:seguro social|social))\b/],
  ['cosigner', /\b(?:co-?sign(?:er|ers|ing)?|co signer|cosign|aval|fiador|codeudor|cofirmante)\b/],
  ['selfEmployed', /\b(?:self[- ]?employed|1099|own (?:my |a )?business|(?:paid|get paid|income|pay me) (?:in |all )?cash|cash income|independent contractor|(?:uber|lyft|doordash|gig) (?:driver|work)|(?:do|drive for|work for|deliver for) (?:uber|lyft|doordash|instacart|grubhub)|trabajo por mi cuenta|cuenta propia|me pagan en efectivo|(?:en|de) efectivo|negocio propio)\b/],
  ['leasing', /\b(?:leas(?:e|es|ing)|arrendamiento|arrendar)\b/],
  ['payoff', /\b(?:still owe|owe (?:on|money|like|about|around|\$?\d)|upside down|negative equity|pay ?off|paid off|roll(?:ed)? (?:it |that |the )?(?:over|into)|todavia debo|aun debo|debo (?:como|unos|\$?\d))/],
  ['tradeInValue', /\b(?:trade[- ]?in (?:value|worth)|(?:what|how much) (?:would|will|could|can|do) (?:you|u|they|y'?all) (?:give|offer|pay)|(?:how much|what) (?:is|'s|would) my .{0,30}(?:worth|get)|apprais|value (?:of )?my|(?:worth|vale) .{0,20}\b(?:trade|car|truck)|how much (?:can|could|would|will) i get for my|(?:take|accept) (?:my |a )?(?:car |truck |vehicle )?(?:as a |on )?trade|do you (?:take|accept) trade|cuanto (?:me )?(?:dan|darian|pagan|ofrecen) por|aceptan (?:carros? (?:a|de|como) )?cambio|valor de mi)/],
  ['downPayment', /\b(?:down ?payment|money down|put(?:ting)? down|how much down|(?:zero|no|\$?0) down|need (?:to have )?(?:any )?(?:money )?down|enganche|pago inicial|(?:cuanto|dinero) de entrada)\b/],
  ['payment', /\b(?:payments?|monthly|a month|per month|apr|interest|rates?|financing terms|loan terms?|mensualidad(?:es)?|pago mensual|cuanto (?:pagaria|voy a pagar|seria al mes)|tasas?|intereses?|plazos?)\b/],
  ['approval', /\b(?:(?:pre-?)?approv\w*|qualif\w*|get financed|be financed|finance (?:me|someone|people)|financing|(?:do|can) (?:you|u) finance|turn(?:ed)? (?:me )?down|deny|denied|reject|accept (?:me|someone|people)|work with (?:bad|low|no|poor)|(?:bad|low|no|poor) credit (?:ok|okay|accepted)|get (?:a )?(?:car )?loan|aprob\w*|aprueb\w*|califico|calificar|financian|financiamiento|(?:me )?pueden financiar(?:me)?|financiarme|me dan (?:el )?credito|me aceptan|me negaran)\b/],
  ['documents', /\b(?:what (?:do|should|would) i (?:need to )?(?:bring|have)|what to bring|documents?|paperwork|proof of (?:income|residence|insurance)|pay ?stubs?|bring (?:anything|with me)|que (?:necesito|debo|tengo que) (?:llevar|traer)|documentos|papeles|comprobante)\b/],
  ['process', /\b(?:how does (?:it|this|the process|financing|the loan) work|what(?:'s| is) the process|next steps?|how long does (?:it|approval|the process|financing) take|step by step|como funciona|el proceso|cuanto (?:tiempo )?tarda|que sigue)\b/],
  ['transit', /\b(?:bus(?:es)?|bus stop|train|metro|subway|public transport\w*|transit|ride(?:share)? (?:there|to you)|get a ride|pick (?:me )?up|camion|autobus|transporte publico|parada)\b/],
  ['location', /\b(?:where (?:are|is) (?:you|y'?all|the dealership|the dealer|the lot|your)|address|directions|how do i get (?:there|to you)|where.{0,20}located|located|near (?:me|you)|far from|location|donde (?:estan|esta|quedan|queda|se encuentran|se ubican)|direccion|ubicacion|ubicados|como llego)\b/],
  ['hours', new RegExp(String.raw`\b(?:hours|closing time|opening time|are you (?:guys )?(?:open|closed)|(?:what time|when) (?:do |are |does |is )?(?:you|y'?all|you guys|the dealership|the store|it) (?:open|close)|open (?:today|tomorrow|now|right now|on|until|till|late|this|${DAY})|(?:what about|how about|and|on) ${DAY}(?=\??$)|^${DAY}(?=\?$)|${DAY} hours|horarios?|a que hora (?:abren|cierran|abre|cierra)|estan abiertos|abren (?:hoy|manana|el|los|este)|cierran)\b`)],
  ['walkIns', /\b(?:walk[- ]?ins?|just (?:come|stop|show|swing|drop) (?:in|by|up)|need an appointment|without an appointment|(?:can|could) i (?:just )?(?:come|stop|swing) (?:in|by)|sin cita|llegar sin|pasar (?:sin cita|nomas|asi))\b/],
  ['testDrive', /\b(?:test[- ]?drive|drive it|try it out|take it for a (?:spin|drive)|appointment|schedule (?:a |an )?(?:visit|time)|book (?:a |an )?(?:time|visit|appointment)|come (?:in|see it|look)|see (?:it|the car|the truck) in person|prueba de manejo|manejarlo|probarlo|cita|agendar)\b/],
  ['texting', /\b(?:(?:can|could|will|do) (?:they|you|someone|u|your team|the team|y'?all|somebody) (?:just )?text|text (?:me )?instead|by text|via text|over text|texting|sms|whatsapp|mensajes? de texto|por mensaje|mandar(?:me)? (?:un )?mensaje|textear)\b/],
  ['languages', /\b(?:speak (?:spanish|english|espanol)|spanish[- ]speaking|habla(?:n|s)? (?:espanol|ingles|english|spanish)|en espanol|someone who speaks|anyone (?:who )?speaks?|bilingual|bilingue)\b/],
  ['warranty', /\b(?:warrant(?:y|ies)|extended (?:warranty|coverage|protection)|service contract|certified pre-?owned|cpo|garantia)\b/],
  ['dealerPhone', /\b(?:your (?:phone )?number|the dealership'?s? (?:phone|number)|what'?s the (?:phone )?number|what number (?:can|do|should) i call|can i call (?:you|the dealership|y'?all)|(?:su|tu) (?:numero|telefono)|(?:numero|telefono) de (?:la agencia|ustedes|la tienda))\b/],
  ['person', new RegExp(
    [
      String.raw`\b(?:talk|speak|speek|chat|connect|transfer|put|pass) (?:me )?(?:through |thru |over )?(?:to|with|w) (?:a |an |the |some |your |una |un |el |la )?(?:real |live |actual )?(?:human|person|persn|agent|sales(?: ?(?:person|rep|man|woman|team|department))?|representative|rep|manager|someone|somebody|specialist|supervisor)\b`,
      String.raw`\b(?:want|need|get|prefer|can i have) (?:a |an |the )?(?:real |live )?(?:human|person|persn|agent|representative|salesperson|manager)\b`,
      String.raw`\bis (?:there|their) (?:a |an )?(?:real |live )?(?:human|person|someone|somebody|anyone|anybody) (?:i|we) (?:can|could) (?:talk|speak|chat)\b`,
      // "hablar con" only before a person: "quiero hablar con mi esposa" asks for nobody here.
      String.raw`\bhablar con (?:una |un |el |la )?(?:persona|humano|agente|asesora?|vendedora?|gerente|alguien|representante|especialista|encargad[oa])\b`,
      String.raw`\b(?:quiero|necesito|prefiero) (?:una |un )?(?:persona|humano|agente|asesor|vendedor|gerente)\b`,
      String.raw`\b(?:pasa|pase|comunica|comunique|conecta|conecte)me con (?:una |un |el |la )?(?:persona|humano|agente|asesora?|vendedora?|gerente|alguien|representante|especialista|encargad[oa])\b`,
      String.raw`\bhay alguien con quien (?:pueda|puedo) hablar\b`,
      String.raw`^(?:a )?(?:human|agent|representative|operator|real person|live agent|manager)(?: please)?$`,
    ].join('|'),
  )],
  ['price', /\b(?:price[sd]?|pricing|cost|how much (?:is|are|for|does|do|would)|msrp|out the door|otd|precio|cuanto (?:cuesta|vale|sale|cuestan))\b/],
  ['stock', /\b(?:(?:you )?got any|have you got|(?:do|does) (?:you|u|y'?all|the dealership) (?:have|carry|sell|got|stock)|in stock|on (?:the|your) lot|inventory|available|what (?:do you|you) have|what (?:cars|trucks|suvs|vehicles) (?:do|are)|any (?:\w+ )?(?:cars|trucks|suvs|vans|sedans) (?:for|under|around|available)|still (?:there|for sale|available)|(?:tienen|hay) .{0,30}(?:disponible|en existencia|carros|camionetas|trocas)|tienen (?:algun|alguna|un|una)|inventario|disponibles?)\b/],
  ['whatNext', /\b(?:what (?:else )?(?:do|would|should) (?:you|i) need|what else (?:do you need|should i|can i give)|what(?:'s| is) next|que (?:mas )?(?:necesita|necesitan|ocupa|ocupan|le falta))\b/],
];

/**
 * Topics whose cue is itself a request for information, so they count without a question mark:
 * "need directions", "i dont have a car rn".
 */
export const SELF_ASKING: ReadonlySet<Topic> = new Set<Topic>([
  'bot', 'gaveNumber', 'whenCall', 'stillThere', 'creditPull', 'itin', 'cosigner', 'leasing', 'transit', 'hours', 'payoff',
  'location', 'walkIns', 'testDrive', 'texting', 'languages', 'warranty', 'person', 'dealerPhone', 'whatNext',
  'documents', 'process', 'tradeInValue',
]);

/** Reads as a question: a question mark, or an opening word that asks. */
export const QUESTION_START =
  /^(?:(?:just|so|ok|okay|and|also|but|hey|hi|pls|please) )*(?:(?:give|tell|show|send) me|let me know|i (?:want|need) to know|i'?m wondering|wondering|curious|how|what|what'?s|when|where|which|who|why|do|does|did|is|are|can|could|will|would|should|any|may|cuanto|cuanta|cual|que|como|donde|cuando|tienen|hay|puedo|pueden|podria|aceptan|necesito|se puede|ustedes)\b/;
