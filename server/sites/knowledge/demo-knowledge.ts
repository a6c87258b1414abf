import type { DealerKnowledge } from './knowledge-schema.js';

/**
 * The demo dealer's knowledge, kept equal to examples/dealer-site/knowledge.yaml (a test compares them):
 * a used-car lot in Miami that answers in English and Spanish.
 */
export const DEMO_KNOWLEDGE: DealerKnowledge = {
  directions: {
    en: "We're on Biscayne Blvd at NE 12th St, across from the Arsht Center, with free customer parking on site.",
    es: 'Estamos en Biscayne Blvd y la calle 12 NE, frente al Arsht Center, con estacionamiento gratis para clientes.',
  },
  transit: {
    en: "The Metromover's Adrienne Arsht Center station and the Biscayne Blvd bus stop are a two-minute walk from our lot.",
    es: 'La estación Adrienne Arsht Center del Metromover y la parada de autobús de Biscayne Blvd están a dos minutos a pie.',
  },
  walkIns: {
    en: "Walk-ins are welcome any time we're open; an appointment just makes sure the car you want is ready.",
    es: 'Puede venir sin cita cuando estemos abiertos; una cita solo asegura que el carro que quiere esté listo.',
  },
  testDrives: {
    en: "Test drives are free with a valid driver's license, and we can set a time that works for you.",
    es: 'Las pruebas de manejo son gratis con una licencia de conducir vigente, y podemos apartar la hora que le convenga.',
  },
  whatToBring: {
    en: "Bring your driver's license, a recent pay stub or bank statement, proof of address like a utility bill, proof of insurance, and your trade-in's title or loan payoff details if you have one.",
    es: 'Traiga su licencia de conducir, un talón de pago o estado de cuenta reciente, un comprobante de domicilio como un recibo de luz, su seguro, y el título o los datos del préstamo de su carro a cambio si tiene uno.',
  },
  tradeInAppraisal: {
    en: 'We appraise trade-ins for free while you look around.',
    es: 'Evaluamos su carro a cambio gratis mientras usted mira los carros.',
  },
  tradeInPayoff: {
    en: 'You can trade in a car you still owe money on — we pay off your loan and apply any equity to your next car.',
    es: 'Puede dar a cambio un carro que todavía debe: pagamos su préstamo y aplicamos cualquier valor a favor a su próximo carro.',
  },
  leasing: {
    en: "We sell pre-owned cars only, so we don't offer leases, but our finance team can look at loan options with you.",
    es: 'Solo vendemos carros usados, así que no ofrecemos arrendamiento, pero nuestro equipo de finanzas puede revisar opciones de préstamo con usted.',
  },
  cosigners: {
    en: "A co-signer can help, especially for first-time buyers, but it isn't always needed.",
    es: 'Un codeudor puede ayudar, sobre todo si es su primer carro, pero no siempre hace falta.',
  },
  itin: {
    en: 'Yes, we work with lenders that accept an ITIN instead of a Social Security number.',
    es: 'Sí, trabajamos con prestamistas que aceptan ITIN en lugar de número de Seguro Social.',
  },
  selfEmployed: {
    en: 'Self-employed, 1099 and cash income all work; bank statements or tax returns usually stand in for pay stubs.',
    es: 'Si trabaja por su cuenta, con 1099 o le pagan en efectivo, también se puede; los estados de cuenta o la declaración de impuestos suelen reemplazar los talones de pago.',
  },
  downPayment: {
    en: "A down payment isn't always required, but it can help, and a trade-in can count toward it; your specialist will say what fits your situation.",
    es: 'El enganche no siempre es obligatorio, pero ayuda, y un carro a cambio puede contar como parte; su especialista le dirá qué le conviene.',
  },
  creditPull: {
    en: "Chatting here never affects your credit, and there's no hard credit pull to talk; an application is only submitted with your permission.",
    es: 'Conversar aquí nunca afecta su crédito y no hacemos consulta de crédito para hablar; una solicitud solo se envía con su permiso.',
  },
  texting: { en: 'Yes, our team can text you instead of calling.', es: 'Sí, nuestro equipo le puede escribir por mensaje de texto en lugar de llamarle.' },
  languages: ['English', 'Spanish'],
  warranty: {
    en: 'Every car comes with a free CARFAX report; your specialist can go over warranty and service-contract options on the car you pick.',
    es: 'Cada carro viene con un reporte CARFAX gratis; su especialista le explica las opciones de garantía y contratos de servicio del carro que elija.',
  },
  process: {
    en: "It's simple: tell us about you, pick your car from our inspected inventory, and a finance manager walks you through your options — no commitment to talk.",
    es: 'Es sencillo: nos cuenta de usted, elige su carro de nuestro inventario inspeccionado y un gerente de finanzas le explica sus opciones, sin compromiso.',
  },
  inventory: { conditions: ['used'] },
};
