import type { Phrases } from './phrases.js';

const comma = (name?: string) => (name ? `, ${name}` : '');

// Formal "usted": the usual register for money matters with a dealership.
export const es: Phrases = {
  defaultGreeting: [
    ({ persona, dealer }) =>
      `¡Hola! Soy ${persona}, asistente virtual de ${dealer}: un sistema automatizado, no una persona. Puedo ayudarle a encontrar un vehículo, responder preguntas de financiamiento o coordinar una llamada con nuestro equipo — ¿en qué le puedo ayudar hoy?`,
  ],
  hello: [({ name }) => `¡Hola${comma(name)}!`, ({ name }) => `¡Hola${comma(name)}, qué gusto!`, ({ name }) => `¡Qué gusto saludarle${comma(name)}!`],
  welcomeBack: [({ name }) => `¡Qué gusto tenerle de vuelta${comma(name)}!`, ({ name }) => `¡Qué gusto verle otra vez${comma(name)}!`],
  youreWelcome: [() => '¡Con gusto!', () => '¡Para servirle!', () => '¡Es un placer ayudarle!'],
  goodbye: [
    ({ name }) => `¡Gracias por escribirnos${comma(name)}! Vuelva cuando quiera.`,
    ({ name }) => `¡Cuídese${comma(name)}! Aquí estoy cuando me necesite.`,
    () => '¡Que tenga un excelente día! Aquí estaremos.',
  ],
  okay: [() => 'Entendido.', () => 'Perfecto, gracias.', () => 'Muy bien.'],

  botDisclosure: [
    ({ persona, dealer }) => `Soy ${persona}, asistente virtual de ${dealer}: no soy una persona, pero estoy aquí para ayudarle.`,
    ({ persona, dealer }) => `Buena pregunta: soy ${persona}, un sistema automatizado de ${dealer}, no una persona real.`,
    ({ persona, dealer }) => `Le atiende un sistema automatizado: soy ${persona}, de ${dealer}, y con gusto le ayudo.`,
  ],
  humanHandoff: [
    () => 'Claro — puedo pedirle a uno de nuestros especialistas que se comunique con usted.',
    () => 'Por supuesto, una persona de nuestro equipo puede ayudarle.',
    () => 'Con gusto — haré que uno de nuestros especialistas le contacte.',
  ],
  humanHandoffNoCall: [
    ({ dealer }) => `Claro — el equipo de ${dealer} con gusto le atiende directamente.`,
    ({ dealer }) => `Por supuesto, en ${dealer} estarán encantados de ayudarle.`,
  ],
  dealerPhone: [
    ({ phone }) => `Puede llamar directamente a la agencia al ${phone}.`,
    ({ phone }) => `Nuestro número es el ${phone}.`,
  ],
  dealerPhoneUnknown: [
    () => 'Disculpe, no tengo el número directo de la agencia en este chat.',
    () => 'Lo siento, no tengo la línea directa a la mano.',
  ],
  address: [
    ({ address }) => `Estamos en ${address}.`,
    ({ address }) => `Nos encuentra en ${address}.`,
    ({ address, dealer }) => `${dealer} está en ${address}.`,
  ],
  addressUnknown: [
    () => 'No tengo la dirección a la mano en este chat — un especialista puede enviarle cómo llegar.',
    () => 'Disculpe, no tengo la dirección aquí, pero nuestro equipo le puede indicar cómo llegar.',
  ],
  openNow: [({ close }) => `Hoy estamos abiertos hasta las ${close}.`, ({ close }) => `Ahora mismo estamos abiertos, hasta las ${close}.`],
  closedNow: [
    ({ when }) => `En este momento estamos cerrados — abrimos de nuevo ${when}.`,
    ({ when }) => `Ahora estamos cerrados; abrimos ${when}.`,
  ],
  hoursUnknown: [
    () => 'No tengo el horario a la mano, pero un especialista se lo puede confirmar.',
    () => 'Disculpe, no tengo el horario en este chat — nuestro equipo se lo confirma.',
  ],
  financeTerms: [
    () => 'No puedo darle tasas ni pagos aquí, porque dependen del prestamista y de su situación — un especialista en financiamiento revisará con usted sus opciones reales.',
    () => 'Las tasas y los pagos dependen de los prestamistas y de su situación, así que un especialista en financiamiento le explicará sus opciones reales.',
    () => 'Buena pregunta — esos números dependen de los prestamistas, así que nuestro especialista revisará con usted opciones reales.',
  ],
  approval: [
    () => 'Aquí toda situación de crédito es bienvenida, y nuestro equipo de financiamiento trabaja con muchos prestamistas para encontrar opciones para usted.',
    () => 'No puedo hablar por los prestamistas, pero trabajamos con todo tipo de situaciones de crédito y un especialista revisará sus opciones reales.',
    () => 'Trabajamos con todo tipo de situaciones de crédito — un especialista en financiamiento verá qué es posible para usted.',
  ],
  creditWelcome: [
    () => 'Gracias por contarme — muchos de nuestros clientes están reconstruyendo su crédito, y toda situación es bienvenida aquí.',
    () => 'Gracias por su confianza — trabajamos con todo tipo de situaciones de crédito.',
    () => 'Le agradezco que me lo cuente — le pasa a mucha gente, y aquí toda situación de crédito es bienvenida.',
  ],
  inventory: [
    ({ vehicle }) =>
      vehicle
        ? `No tengo el inventario en vivo en este chat, pero un especialista puede revisar la disponibilidad de ${vehicle} y su precio.`
        : 'No tengo el inventario en vivo en este chat, pero un especialista puede revisar qué hay disponible y los precios.',
    () => 'Nuestro inventario cambia rápido, así que un especialista le confirmará qué tenemos y los precios.',
  ],

  ackVehicle: [
    ({ vehicle }) => `¡${vehicle}, excelente elección!`,
    ({ vehicle }) => `Buena elección: ${vehicle}.`,
    ({ vehicle }) => `${vehicle} — una opción muy popular.`,
  ],
  ackVehicleGeneric: [() => 'Qué bueno saber lo que tiene en mente.', () => 'Gracias, eso me ayuda a orientarle.'],
  ackCondition: [
    ({ condition }) => (condition === 'new' ? 'Nuevo, perfecto.' : 'Un seminuevo es una decisión inteligente.'),
    ({ condition }) => (condition === 'new' ? 'Muy bien, nuevo.' : 'Usado es una gran manera de aprovechar su dinero.'),
  ],
  ackBudget: [
    () => 'Gracias, eso nos ayuda a encontrar lo adecuado.',
    () => 'Qué bueno saberlo — eso nos ayuda a enfocar la búsqueda.',
    () => 'Perfecto, es un buen punto de partida.',
  ],
  ackTradeIn: [
    () => 'Qué bueno que tiene un vehículo para intercambiar — revisaremos su valor.',
    () => 'Un intercambio puede ayudar — un especialista puede revisar su valor.',
  ],
  ackNoTradeIn: [() => 'Entendido, sin intercambio.', () => 'Sin intercambio, no hay problema.'],
  ackCredit: [
    () => 'Gracias por contarme — aquí toda situación de crédito es bienvenida.',
    () => 'Gracias, eso ayuda — trabajamos con todo tipo de situaciones de crédito.',
  ],
  ackCreditStrong: [() => '¡Qué bueno saberlo!', () => 'Excelente — eso le da a nuestro equipo de financiamiento mucho con qué trabajar.'],
  ackTimeframe: [() => 'Perfecto, eso nos ayuda a planear.', () => 'Entendido, gracias por decirme.'],
  ackName: [({ name }) => `¡Mucho gusto, ${name}!`, ({ name }) => `¡Un placer conocerle, ${name}!`, ({ name }) => `¡Gracias, ${name}!`],

  askVehicle: [
    () => '¿Qué tipo de vehículo está buscando?',
    () => '¿Tiene algún vehículo en mente, o un tipo como SUV o camioneta?',
    () => '¿Qué le gustaría manejar?',
  ],
  askCondition: [() => '¿Lo busca nuevo o usado?', () => '¿Prefiere nuevo, o le interesa también un seminuevo?'],
  askBudget: [
    () => '¿Tiene un presupuesto o una cantidad mensual que le resulte cómoda?',
    () => '¿Qué rango de precio o pago mensual le resulta cómodo?',
  ],
  askTradeIn: [() => '¿Tiene un vehículo para dar a cambio?', () => '¿Va a intercambiar algún vehículo?'],
  askCredit: [
    () => '¿Cómo describiría su situación de crédito? No hay respuestas incorrectas.',
    () => 'En sus propias palabras, ¿cómo está su situación de crédito? Toda situación es bienvenida.',
  ],
  askTimeframe: [
    () => '¿Para cuándo le gustaría tener su próximo vehículo?',
    () => '¿Qué tan pronto piensa comprar — esta semana, este mes, o apenas está viendo opciones?',
  ],
  askName: [() => 'Por cierto, ¿cuál es su nombre?', () => '¿Me permite su nombre?'],
  askPhone: [
    () => '¿A qué número le puede llamar un especialista en financiamiento?',
    () => 'Un especialista le puede llamar: ¿cuál es el mejor número para contactarle?',
    () => '¿Cuál es el mejor número para que un especialista le contacte? Abajo hay una nota breve sobre cómo le contactaremos.',
  ],
  askPhoneShort: [({ name }) => `¿Cuál es el mejor número para contactarle${comma(name)}?`, () => '¿A qué número le pueden llamar?'],
  askCallTime: [
    () => '¿A qué hora le conviene más que le llamen: en la mañana, en la tarde o en la noche?',
    () => '¿Cuándo es buen momento para llamarle: mañana, tarde o noche?',
  ],
  askEmail: [
    () => 'Si prefiere, un especialista puede escribirle por correo — ¿cuál es su correo electrónico?',
    () => '¿Le funciona mejor el correo? Si es así, compártame su dirección y un especialista le escribirá.',
  ],
  askHandoff: [() => '¿Le gustaría que una persona de nuestro equipo se comunique con usted?', () => '¿Quiere que alguien de nuestro equipo le contacte?'],
  askAnythingElse: [() => '¿Hay algo más en lo que le pueda ayudar?', () => '¿En qué más le puedo ayudar?', () => '¿Algo más que quiera saber?'],

  whatNext: [() => 'Solo una cosa más.', () => '¡Casi nada!', () => '¡Ya casi terminamos!'],
  whatNextDone: [
    () => 'Es todo lo que necesito por ahora — ¡muchas gracias!',
    () => 'Nada más por ahora — un especialista se encargará a partir de aquí.',
  ],

  leadThanks: [({ name }) => `¡Muchas gracias${comma(name)}!`, ({ name }) => `¡Perfecto, gracias${comma(name)}!`],
  leadUpdated: [
    ({ name }) => `Gracias${comma(name)} — ya actualicé sus datos para nuestro equipo.`,
    ({ name }) => `Entendido${comma(name)}, sus datos quedaron actualizados.`,
  ],
  callbackSoon: [() => 'Un especialista se comunicará con usted en breve.', () => 'Uno de nuestros especialistas le contactará muy pronto.'],
  callbackAt: [
    ({ when }) => `Ahora estamos cerrados, así que un especialista se comunicará con usted cuando abramos, ${when}.`,
    ({ when }) => `Nuestro equipo ya terminó por hoy; un especialista le contactará cuando abramos, ${when}.`,
  ],
  callbackLater: [
    () => 'Un especialista se comunicará con usted en cuanto esté disponible.',
    () => 'Uno de nuestros especialistas le contactará lo antes posible.',
  ],
  askConsent: [
    ({ dealer, channel }) =>
      channel === 'phone'
        ? `¡Gracias! ¿Está bien que ${dealer} le llame o le envíe mensajes a ese número?`
        : `¡Gracias! ¿Está bien que ${dealer} le escriba a ese correo?`,
    ({ dealer, channel }) =>
      `Antes de contactarle — ¿está bien que ${dealer} ${channel === 'phone' ? 'le llame o le envíe mensajes a ese número' : 'le escriba a ese correo'}? La nota de abajo tiene los detalles.`,
  ],
  consentDeclined: [
    () => 'No hay problema — no le contactaremos. Con gusto le sigo ayudando por aquí.',
    () => 'Entendido, no nos comunicaremos con usted. Sigo aquí si tiene preguntas.',
  ],
  textsDeclined: [
    () => 'Entendido: solo le llamará una persona del equipo, sin mensajes automáticos. Sigo aquí si tiene preguntas.',
    () => 'Perfecto, nada de mensajes de texto: una persona le devolverá la llamada. ¿Le ayudo con algo más?',
  ],
  declineAck: [() => 'No hay ningún problema.', () => 'Está perfecto.', () => '¡Claro, sin problema!'],
  badPhone: [
    ({ reason }) =>
      reason === 'fictional'
        ? 'Mmm, ese parece un número de ejemplo — ¿cuál es el mejor número real para contactarle?'
        : reason === 'incomplete'
          ? 'Parece que a ese número le faltan uno o dos dígitos — ¿lo puede revisar?'
          : 'Mmm, no pude usar ese número — ¿lo puede revisar, incluyendo el código de área?',
    ({ reason }) =>
      reason === 'fictional'
        ? 'Ese parece un número de ejemplo — ¿me comparte el número que usa?'
        : reason === 'incomplete'
          ? 'Creo que el número está incompleto — ¿me lo envía completo, con el código de área?'
          : 'Ese número no se ve del todo bien — ¿lo puede revisar y enviarlo de nuevo?',
  ],
  optedOut: [
    ({ dealer }) => `Entendido — ${dealer} no le llamará ni le enviará mensajes. Puede seguir conversando conmigo aquí cuando quiera.`,
    () => 'Entendido, no le contactaremos. Puede seguir escribiendo aquí si tiene preguntas.',
  ],
  deferOnce: [
    () => 'Buena pregunta — un especialista lo revisará con usted.',
    () => 'Eso lo ve mejor uno de nuestros especialistas; se lo explicará con gusto.',
  ],
  deferNoted: [
    () => 'También lo anoté para el especialista.',
    () => 'Agregué esa pregunta a las notas para su especialista.',
    () => 'Me aseguro de que el especialista vea esa pregunta.',
  ],
  stillHere: [() => '¡Sí, aquí sigo!', () => '¡Aquí estoy, perdone la espera!'],
  gaveNumberYes: [
    ({ last4 }) => `Sí, tengo su número que termina en ${last4}; todo listo.`,
    ({ last4 }) => `Ya lo tengo: el número que termina en ${last4} está anotado.`,
  ],
  gaveNumberNo: [
    () => 'No veo ningún número de mi lado todavía, ¿me lo puede escribir otra vez?',
    () => 'Perdón, no me llegó el número, ¿lo puede enviar de nuevo?',
  ],
  textingNoted: [
    () => 'Sí, el equipo le puede escribir por texto; anoté que lo prefiere así.',
    () => 'Claro, por mensaje de texto está bien; ya lo anoté para el equipo.',
  ],
  callMeAsk: [
    ({ name }) => `Con gusto${comma(name)}, ¿cuál es el mejor número para llamarle?`,
    () => 'Claro, ¿a qué número le puede llamar un especialista?',
  ],
  textMeAsk: [
    ({ name }) => `Claro${comma(name)}, ¿a qué número le escribimos?`,
    () => 'Por supuesto, ¿a qué número le enviamos el mensaje?',
  ],
  browsing: [
    () => 'Sin ninguna presión: puede ver nuestro inventario en el sitio, y aquí estoy si le surge una pregunta.',
    () => 'Tómese su tiempo mirando el inventario; aquí estoy cuando necesite ayuda.',
  ],
  calm: [() => 'Lamento mucho la molestia.', () => 'Le entiendo, y disculpe las molestias.'],
  scamCalm: [
    ({ dealer }) => `Es una duda válida: este chat es de ${dealer}, conversar nunca afecta su crédito y no vendemos su información.`,
    ({ dealer }) => `Hace bien en cuidarse. Este es el chat de ${dealer}; nada aquí toca su crédito y sus datos se quedan con la agencia.`,
  ],
  managerOffer: [
    ({ dealer }) => `Si lo prefiere, un gerente de ${dealer} puede atenderle directamente.`,
    ({ dealer }) => `Un gerente de ${dealer} con gusto habla con usted directamente si lo prefiere.`,
  ],
  managerPhone: [({ phone }) => `Puede llamar a la agencia al ${phone}.`, ({ phone }) => `El teléfono de la agencia es ${phone}.`],
  worryCalm: [() => 'Es muy normal sentirse así.', () => 'A mucha gente le pasa, y está bien.'],
  approvalStrong: [
    () => 'Con un buen crédito nuestro equipo de finanzas tiene mucho con qué trabajar; un especialista revisará sus opciones con usted.',
    () => 'Con un crédito así, nuestro equipo de finanzas tiene buenas bases, y un especialista le explicará las opciones.',
  ],
  dayOpen: [
    ({ day, open, close }) => `El ${day} abrimos de ${open} a ${close}.`,
    ({ day, open, close }) => `El horario del ${day} es de ${open} a ${close}.`,
  ],
  dayClosed: [({ day }) => `El ${day} estamos cerrados.`, ({ day }) => `El ${day} no abrimos.`],
  languagesSpoken: [({ languages }) => `Nuestro equipo habla ${languages}.`, ({ languages }) => `Puede hablar con nuestro equipo en ${languages}.`],
  whenCallNoPhone: [
    () => 'En cuanto tenga un buen número, un especialista le contactará.',
    () => 'Apenas me comparta un número, un especialista le puede llamar.',
  ],
  inventoryLink: [({ url }) => `Puede ver lo que tenemos en ${url}.`, ({ url }) => `Nuestro inventario está en ${url}.`],
  downPaymentGeneral: [
    () => 'El enganche no siempre es obligatorio, pero suele ayudar, y un carro a cambio puede contar; un especialista en finanzas le dirá qué le conviene.',
    () => 'Dar algo de enganche suele ayudar, y un carro a cambio puede contar como parte; un especialista en finanzas revisará qué le conviene.',
  ],
  asMentioned: [({ text }) => `Como le comenté, ${text}`, ({ text }) => `Como le dije, ${text}`],
  callbackNoted: [() => 'Listo, ya le avisé al equipo.', () => 'Hecho, ya se lo pasé al equipo.'],
  approvalPlain: [
    () => 'Trabajamos con muchos prestamistas y con todo tipo de situaciones de crédito.',
    () => 'Nuestro equipo de finanzas trabaja con muchos prestamistas, para todo tipo de situaciones de crédito.',
  ],
  approvalStrongPlain: [() => 'Un buen crédito le da a nuestro equipo de finanzas mucho con qué trabajar.', () => 'Con un crédito así, nuestro equipo de finanzas tiene buenas bases.'],
  financeTermsPlain: [
    () => 'Las tasas y los pagos dependen del prestamista y de su situación, así que no puedo darlos aquí.',
    () => 'No puedo dar tasas ni pagos en este chat; dependen de los prestamistas y de su situación.',
  ],
  downPaymentGeneralPlain: [
    () => 'El enganche no siempre es obligatorio, pero suele ayudar, y un carro a cambio puede contar.',
    () => 'Dar algo de enganche suele ayudar, y un carro a cambio puede contar como parte.',
  ],
  escalationWaiting: [
    () => 'Ya le avisé a nuestro equipo — alguien se unirá a este chat en un momento.',
    () => 'Le avisé a nuestro equipo que quiere hablar con una persona — alguien se unirá a este chat en un momento.',
  ],
  escalationNobodyOnline: [
    () => 'En este momento no hay nadie de nuestro equipo en el chat, así que puedo pedir que una persona le llame.',
    () => 'Lo siento — ahora mismo no hay nadie de nuestro equipo en el chat, pero una persona le puede llamar.',
  ],
  escalationClosed: [
    ({ when }) => `Nuestro equipo no está en este momento — abrimos ${when}, y una persona le puede llamar entonces.`,
    ({ when }) => `Ahora estamos cerrados y abrimos ${when}; alguien de nuestro equipo le puede llamar entonces.`,
  ],
  escalationTimedOut: [
    () => 'Lo siento — nadie de nuestro equipo puede unirse al chat en este momento.',
    () => 'Disculpe — nuestro equipo no pudo atender el chat justo ahora.',
  ],
};
