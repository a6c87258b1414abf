import type { Phrases } from './phrases.js';

const comma = (name?: string) => (name ? `, ${name}` : '');

// "An SUV", "an 8-passenger van", "a 2019 CR-V": the sound, not the letter, picks the article.
const article = (words: string) => (/^(?:[aeiou]|suv\b|8|11\b|18\b)/i.test(words) ? 'An' : 'A');

export const en: Phrases = {
  defaultGreeting: [
    ({ persona, dealer }) =>
      `Hi! I'm ${persona}, an automated assistant for ${dealer}. I can help you find a vehicle, answer financing questions, or set up a call with our team — what brings you in today?`,
  ],
  hello: [({ name }) => `Hi${comma(name)}!`, ({ name }) => `Hello${comma(name)}!`, ({ name }) => `Hey there${comma(name)}!`],
  welcomeBack: [({ name }) => `Welcome back${comma(name)}!`, ({ name }) => `Good to see you again${comma(name)}!`],
  youreWelcome: [() => "You're welcome!", () => 'Happy to help!', () => 'Anytime!'],
  goodbye: [
    ({ name }) => `Thanks for chatting${comma(name)}! Come back anytime.`,
    ({ name }) => `Take care${comma(name)}! I'm here whenever you need me.`,
    () => 'Have a great day! Stop by the chat anytime.',
  ],
  okay: [() => 'Got it.', () => 'Okay, thanks!', () => 'Sounds good.'],

  botDisclosure: [
    ({ persona, dealer }) => `I'm ${persona}, an automated assistant for ${dealer} — not a person, but I'm here to help.`,
    ({ persona, dealer }) => `Fair question — I'm ${persona}, ${dealer}'s automated assistant, not a real person.`,
    ({ persona, dealer }) => `I'm ${persona}, a virtual assistant for ${dealer} — automated, not a person, but happy to help.`,
  ],
  humanHandoff: [
    () => 'Of course — I can have one of our specialists reach out to you.',
    () => 'Absolutely, a real person from our team can help you.',
    () => "Sure thing — I'll get one of our specialists to contact you.",
  ],
  humanHandoffNoCall: [
    ({ dealer }) => `Of course — the team at ${dealer} is happy to help you directly.`,
    ({ dealer }) => `Absolutely, the people at ${dealer} would be glad to help.`,
  ],
  dealerPhone: [
    ({ phone }) => `You can reach the dealership directly at ${phone}.`,
    ({ phone }) => `Our phone number is ${phone}.`,
  ],
  dealerPhoneUnknown: [
    () => "I don't have the dealership's direct line in this chat, sorry about that.",
    () => "Sorry, I don't have the direct line handy here.",
  ],
  address: [
    ({ address }) => `We're at ${address}.`,
    ({ address }) => `You'll find us at ${address}.`,
    ({ address, dealer }) => `${dealer} is at ${address}.`,
  ],
  addressUnknown: [
    () => "I don't have the address handy in this chat — a specialist can send you directions.",
    () => "Sorry, I don't have the address here, but our team can point you the right way.",
  ],
  openNow: [({ close }) => `We're open today until ${close}.`, ({ close }) => `We're open right now, until ${close} today.`],
  closedNow: [
    ({ when }) => `We're closed right now — we open again ${when}.`,
    ({ when }) => `We're closed at the moment; we open ${when}.`,
  ],
  hoursUnknown: [
    () => "I don't have our hours handy here, but a specialist can confirm them for you.",
    () => "Sorry, I don't have the hours in this chat — our team can confirm them.",
  ],
  financeTerms: [
    () => "I can't quote rates or payments here, since they depend on the lender and your situation — a finance specialist will go over your real options with you.",
    () => 'Rates and payments depend on the lenders and your situation, so a finance specialist will walk you through your real options.',
    () => 'Good question — those numbers depend on the lenders, so our finance specialist will go over real options with you.',
  ],
  approval: [
    () => 'Every credit situation is welcome here, and our finance team works with many lenders to find options that fit you.',
    () => "I can't speak for the lenders, but we work with all kinds of credit situations and a finance specialist will go over your real options.",
    () => "We work with all kinds of credit situations — a finance specialist will look at what's possible for you.",
  ],
  creditWelcome: [
    () => 'Thanks for sharing that — lots of our customers are rebuilding credit, and every credit situation is welcome here.',
    () => 'Thank you for being open about that — we work with all kinds of credit situations.',
    () => "I appreciate you telling me — you're in good company, and every credit situation is welcome here.",
  ],
  inventory: [
    ({ vehicle }) =>
      vehicle
        ? `I don't have live inventory in this chat, but a specialist can check availability and pricing for ${article(vehicle).toLowerCase()} ${vehicle} for you.`
        : "I don't have live inventory in this chat, but a specialist can check what's available and the pricing for you.",
    () => "Our lot changes quickly, so a specialist will confirm what's available and the pricing for you.",
  ],

  ackVehicle: [
    ({ vehicle }) => `${article(vehicle)} ${vehicle} is a great pick.`,
    ({ vehicle }) => `Great choice on the ${vehicle}.`,
    ({ vehicle }) => `Nice — the ${vehicle} is a popular one.`,
  ],
  ackVehicleGeneric: [() => 'Good to know what you have in mind.', () => 'Thanks — that helps me point you the right way.'],
  ackCondition: [
    ({ condition }) => (condition === 'new' ? 'New it is.' : 'Pre-owned is a smart way to go.'),
    ({ condition }) => (condition === 'new' ? 'Brand new, nice.' : 'Used is a great way to get more for your money.'),
  ],
  ackBudget: [
    () => 'Thanks, that helps us find the right fit.',
    () => 'Good to know — that helps narrow things down.',
    () => 'Perfect, that gives us a good starting point.',
  ],
  ackTradeIn: [
    () => "Good to know about your trade-in — we'll take a look at its value.",
    () => 'A trade-in can help — a specialist can look at its value for you.',
  ],
  ackNoTradeIn: [() => 'Got it, no trade-in.', () => 'No trade-in, no problem.'],
  ackCredit: [
    () => 'Thanks for sharing that — every credit situation is welcome here.',
    () => 'Thank you, that helps — we work with all kinds of credit situations.',
  ],
  ackCreditStrong: [() => "That's great to hear.", () => 'Great — that gives our finance team plenty to work with.'],
  ackTimeframe: [() => 'Great, that helps us plan.', () => 'Got it, thanks for letting me know.'],
  ackName: [({ name }) => `Nice to meet you, ${name}!`, ({ name }) => `Great to meet you, ${name}!`, ({ name }) => `Thanks, ${name}!`],

  askVehicle: [
    () => 'What kind of vehicle are you shopping for?',
    () => 'Do you have a vehicle in mind, or a type like an SUV or truck?',
    () => 'What are you hoping to drive next?',
  ],
  askCondition: [() => 'Are you thinking new or used?', () => 'Would you like new, or are you open to pre-owned?'],
  askBudget: [
    () => "Do you have a budget or a monthly amount you'd feel comfortable with?",
    () => 'What price range or monthly amount feels comfortable for you?',
  ],
  askTradeIn: [() => 'Will you be trading in a vehicle?', () => 'Do you have a vehicle to trade in?'],
  askCredit: [
    () => "How would you describe your credit situation? There's no wrong answer.",
    () => "In your own words, how's your credit situation looking? Every situation is welcome.",
  ],
  askTimeframe: [
    () => 'When are you hoping to be in your next vehicle?',
    () => 'How soon are you looking to buy — this week, this month, or just exploring?',
  ],
  askName: [() => "By the way, what's your first name?", () => 'May I ask your first name?'],
  askPhone: [
    () => "What's the best number for a finance specialist to reach you?",
    () => "A specialist can give you a call — what's the best number to reach you?",
    () => "What's the best phone number for a specialist to reach you? There's a short note below on how we'll contact you.",
  ],
  askPhoneShort: [({ name }) => `What's the best number to reach you${comma(name)}?`, () => "What's a good number for them to call?"],
  askCallTime: [
    () => "What's the best time to reach you — morning, afternoon, or evening?",
    () => "When's a good time for a call: morning, afternoon, or evening?",
  ],
  askEmail: [
    () => "If you'd prefer, a specialist can email you instead — what's the best email address?",
    () => 'Would email work better? If so, just share your address and a specialist will follow up.',
  ],
  askHandoff: [() => 'Would you like a person from our team to reach out?', () => 'Want me to have someone from our team get in touch?'],
  askAnythingElse: [
    () => 'Is there anything else I can help you with?',
    () => 'What else can I help with?',
    () => "Anything else you'd like to know?",
  ],

  whatNext: [() => 'Just one more thing.', () => 'Not much at all!', () => 'Almost done!'],
  whatNextDone: [
    () => "That's everything I need for now — thank you!",
    () => "Nothing else for now — a specialist will take it from here.",
  ],

  leadThanks: [({ name }) => `Thank you${comma(name)}!`, ({ name }) => `Perfect, thanks${comma(name)}!`],
  leadUpdated: [
    ({ name }) => `Thanks${comma(name)} — I've updated your details for our team.`,
    ({ name }) => `Got it${comma(name)}, your details are updated.`,
  ],
  callbackSoon: [() => 'A specialist will reach out shortly.', () => 'One of our specialists will be in touch shortly.'],
  callbackAt: [
    ({ when }) => `We're closed right now, so a specialist will reach out when we open ${when}.`,
    ({ when }) => `Our team isn't in right now, so a specialist will be in touch when we open ${when}.`,
  ],
  callbackLater: [() => "A specialist will reach out as soon as they're available.", () => 'One of our specialists will be in touch as soon as possible.'],
  askConsent: [
    ({ dealer, channel }) =>
      channel === 'phone'
        ? `Thanks! Is it okay for ${dealer} to call or text you at that number?`
        : `Thanks! Is it okay for ${dealer} to email you at that address?`,
    ({ dealer, channel }) =>
      `Before we reach out — is it okay for ${dealer} to ${channel === 'phone' ? 'call or text you at that number' : 'email you there'}? The note below has the details.`,
  ],
  textsDeclined: [
    () => 'Got it — only a person from our team will call you back, no texts or automated calls. Anything else I can help with?',
    () => "Understood: no texts, just a call back from a person on our team. I'm still here if you have questions.",
  ],
  consentDeclined: [
    () => "No problem — we won't reach out. I'm happy to keep helping right here.",
    () => "Understood, we won't contact you. I'm still here if you have questions.",
  ],
  declineAck: [() => 'No problem at all.', () => 'Totally fine.', () => "That's okay!"],
  badPhone: [
    ({ reason }) =>
      reason === 'fictional'
        ? "Hmm, that one looks like a sample number — what's the best real number to reach you?"
        : reason === 'incomplete'
          ? 'That number looks like it might be missing a digit or two — could you double-check it?'
          : "Hmm, I couldn't use that number — could you double-check it, including the area code?",
    ({ reason }) =>
      reason === 'fictional'
        ? 'That looks like a sample number — could you share the number you actually use?'
        : reason === 'incomplete'
          ? 'I think that number is incomplete — could you send the full number with the area code?'
          : "That number doesn't look quite right — mind checking it and sending it again?",
  ],
  optedOut: [
    ({ dealer }) => `Understood — ${dealer} won't call or text you. You're welcome to keep chatting with me here anytime.`,
    () => "Got it, you won't be contacted. Feel free to keep chatting here if you have questions.",
  ],
  deferOnce: [
    () => 'Good question — a specialist will go over that with you.',
    () => "That's one for our specialists — they'll go over it with you.",
  ],
  deferNoted: [
    () => "I've noted that for the specialist too.",
    () => "I've added that to the notes for your specialist.",
    () => "I'll make sure the specialist sees that question.",
  ],
  stillHere: [() => "Yes, I'm still here!", () => "I'm here — sorry for the wait!"],
  gaveNumberYes: [
    ({ last4 }) => `Yes, I have your number ending in ${last4} — you're all set.`,
    ({ last4 }) => `Got it already — the number ending in ${last4} is on file.`,
  ],
  gaveNumberNo: [
    () => "I don't see a number on my side yet — could you type it once more?",
    () => "Sorry, no number came through on my end — mind sending it again?",
  ],
  textingNoted: [
    () => "Yes, the team can text you — I've noted that you'd prefer texts.",
    () => "Sure, texting works — I've noted that for the team.",
  ],
  callMeAsk: [
    ({ name }) => `Happy to set that up${comma(name)} — what's the best number to reach you?`,
    () => "Sure thing — what's the best number for a specialist to call?",
  ],
  textMeAsk: [
    ({ name }) => `Sure${comma(name)} — what's the best number to text you?`,
    () => 'Absolutely — which number should the team text?',
  ],
  browsing: [
    () => "No pressure at all — feel free to browse our inventory on the site, and I'm right here if a question comes up.",
    () => "Take your time looking around the inventory — I'm here whenever you'd like a hand.",
  ],
  calm: [
    () => "I'm sorry this has been frustrating.",
    () => "I hear you, and I'm sorry for the hassle.",
  ],
  scamCalm: [
    ({ dealer }) => `That's a fair concern: this chat is run by ${dealer}, chatting never affects your credit, and we don't sell your information.`,
    ({ dealer }) => `Good to be careful. This is ${dealer}'s own chat — nothing here touches your credit, and your details stay with the dealership.`,
  ],
  managerOffer: [
    ({ dealer }) => `If you'd like, a manager at ${dealer} can help you directly.`,
    ({ dealer }) => `A manager at ${dealer} is happy to talk with you directly if you prefer.`,
  ],
  managerPhone: [({ phone }) => `You can reach the dealership at ${phone}.`, ({ phone }) => `The dealership's line is ${phone}.`],
  worryCalm: [
    () => "It's completely normal to feel nervous about that.",
    () => "Lots of people feel that way, and that's okay.",
  ],
  approvalStrong: [
    () => 'Strong credit gives our finance team plenty to work with — a specialist will go over your options with you.',
    () => "With credit like that, our finance team has lots to work with, and a specialist will walk you through the options.",
  ],
  dayOpen: [
    ({ day, open, close }) => `On ${day} we're open ${open} to ${close}.`,
    ({ day, open, close }) => `${day} hours are ${open} to ${close}.`,
  ],
  dayClosed: [({ day }) => `We're closed on ${day}.`, ({ day }) => `${day} is our day off, so we're closed.`],
  languagesSpoken: [({ languages }) => `Our team speaks ${languages}.`, ({ languages }) => `You can talk with our team in ${languages}.`],
  whenCallNoPhone: [
    () => 'As soon as I have a good number, a specialist will reach out.',
    () => "Once you share a number, a specialist can call you.",
  ],
  inventoryLink: [({ url }) => `You can browse what's on the lot at ${url}.`, ({ url }) => `Our current inventory is at ${url}.`],
  downPaymentGeneral: [
    () => "A down payment isn't always required, but it often helps, and a trade-in can count toward it — a finance specialist will say what fits your situation.",
    () => 'Money down often helps, and a trade-in can count toward it; a finance specialist will go over what fits you.',
  ],
  asMentioned: [({ text }) => `As I mentioned, ${text}`, ({ text }) => `Like I said, ${text}`],
  callbackNoted: [() => "You're all set — I've let the team know you'd like that.", () => "Done — I've passed that along to the team."],
  approvalPlain: [
    () => 'We work with many lenders and all kinds of credit situations.',
    () => 'Our finance team works with lots of lenders, for all kinds of credit situations.',
  ],
  approvalStrongPlain: [() => 'Strong credit gives our finance team plenty to work with.', () => 'With credit like that, our finance team has lots to work with.'],
  financeTermsPlain: [
    () => "Rates and payments depend on the lender and your situation, so I can't quote them here.",
    () => "I can't quote rates or payments in this chat — they depend on the lenders and your situation.",
  ],
  downPaymentGeneralPlain: [
    () => "A down payment isn't always required, but it often helps, and a trade-in can count toward it.",
    () => 'Money down often helps, and a trade-in can count toward it.',
  ],
  escalationWaiting: [
    () => "I've let our team know — someone will join this chat in a moment.",
    () => "I've told our team you'd like a person — someone will join this chat in a moment.",
  ],
  escalationNobodyOnline: [
    () => 'Nobody from our team is at the chat right now, so I can have someone call you instead.',
    () => "I'm sorry — nobody from our team is at the chat right now, but a person can call you back.",
  ],
  escalationClosed: [
    ({ when }) => `Our team isn't in right now — we open ${when}, and a person can call you back then.`,
    ({ when }) => `We're closed at the moment and open again ${when}; someone from our team can call you back then.`,
  ],
  escalationTimedOut: [
    () => "Sorry — nobody from our team is free to join the chat right now.",
    () => "I'm sorry — our team couldn't get to the chat just now.",
  ],
};
