type Request = 'callMe' | 'textMe' | 'emailMe' | 'manager';

const NOT = String.raw`(?<!\b(?:don'?t|do not|never|not|no|pls don'?t|please don'?t|stop|won'?t|will they|when will they|when do they|will you|when will you|would they|are they going to|should they|can they|will someone|when will someone)\s(?:\w+\s)?)`;

/** What the visitor asks Cathy or the dealership to do, over normalized text. */
export const REQUEST_CUES: ReadonlyArray<[Request, RegExp]> = [
  ['callMe', new RegExp(String.raw`${NOT}\b(?:call me|give me a call|ring me|phone me|have (?:them|someone|somebody|a specialist) call|llam(?:a|e|en)me|me (?:pueden|puede) llamar|(?:pueden|puede) llamarme|hablenme)\b`)],
  ['textMe', new RegExp(String.raw`${NOT}\b(?:text me|send me a text|(?:prefer|rather|rather have|like) (?:a )?texts?|texting (?:is|works) (?:better|fine|best)|text (?:is|works) (?:better|best|fine)|me (?:pueden|puede|podrian) (?:mandar|enviar) (?:un )?(?:mensaje|texto)|mandame (?:un )?mensaje|mandenme (?:un )?mensaje|escribanme|textea(?:me)?)\b`)],
  ['emailMe', new RegExp(String.raw`${NOT}\b(?:email me|e-mail me|send (?:it|me|that|info) (?:to my |by |an? )?e-?mail|(?:prefer|rather) (?:an? )?e-?mail|mandame un correo|por correo)\b`)],
  ['manager', /\b(?:talk|speak|want|need|get|let me|see|call|your|the|a|al|el|un|con) (?:\w+ )?(?:manager|supervisor|gerente|encargado)\b/],
];

const BROWSING = /\b(?:just (?:looking|browsing|checking|curious)|only (?:looking|browsing)|(?:i'?m |im )?not (?:ready|buying|looking to buy)(?: yet| right now| today)?|no,? thanks?(?: you)?|no thank you|nah,? i'?m good|i'?m good,? thanks|not interested|maybe later|solo (?:estoy )?(?:viendo|mirando)|nomas (?:estoy )?(?:viendo|mirando)|nada mas (?:viendo|mirando)|no,? gracias|todavia no (?:estoy list[oa]|voy a comprar))\b/;
const COMPLAINT = /\b(?:(?:this|that|you) (?:is|are|'s|'re|was) (?:useless|not helpful|unhelpful|annoying|ridiculous|a waste)|waste of (?:my )?time|not (?:helping|helpful)|you (?:keep|already) ask(?:ing|ed)|stop asking|(?:already|just) (?:told|answered|said) (?:you|that)|frustrat\w*|annoying|rude|disrespectful|unprofessional|bad experience|terrible service|lied to me|ridiculous|nobody (?:called|answered)|no one (?:called|answered)|never called|you (?:don'?t|do not) listen|(?:ya )?te (?:lo )?dije|no sirves?|(?:eres|es) (?:un |una )?inutil|que molesto|no me (?:ayuda|ayudas|escuchas))\b/;
const HOSTILITY = /\b(?:f+ ?off|fuck\w*|f\*+\w*|wtf|shit\w*|stfu|shut up|idiot\w*|dumb(?:ass)?|stupid|moron|garbage|trash|screw (?:you|this)|go to hell|piss off|sucks?|crap|bs|bullshit|pendej\w*|chinga\w*|mierda|idiota|estupid\w*|basura|vete al diablo|callate)\b/;
const SCAM = /\b(?:scam\w*|legit|is this real|are you real|can i trust|trust (?:you|this)|fraud\w*|spam\w*|(?:sell|selling|share|sharing) my (?:info|information|data|number)|identity theft|phishing|sketchy|shady|estafa\w*|fraude|es real esto|(?:es|son|sera) confiables?|me van a robar)\b/;
const WORRY = /\b(?:nervous|worried|worry|scared|afraid|anxious|embarrass\w*|ashamed|stress\w*|turn(?:ed)? (?:me )?down|preocupad\w*|nervios\w*|miedo|verguenza)\b/;
const POSITIVE = /\b(?:thanks|thank you|great|awesome|perfect|love|excellent|amazing|helpful|appreciate|gracias|excelente|perfecto|genial|muy amable)\b/;

export interface ActCues {
  browsing: boolean;
  complaint: boolean;
  hostility: boolean;
  scamWorry: boolean;
  worry: boolean;
  positive: boolean;
}

/** Mood-carrying acts of a message, over normalized text. */
export function readActCues(plain: string): ActCues {
  return {
    browsing: BROWSING.test(plain),
    complaint: COMPLAINT.test(plain),
    hostility: HOSTILITY.test(plain),
    scamWorry: SCAM.test(plain),
    worry: WORRY.test(plain),
    positive: POSITIVE.test(plain),
  };
}
