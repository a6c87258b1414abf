import type { Strings } from './strings.js';

export const es: Strings = {
  defaultName: 'Cathy',
  defaultGreeting: (name) => `¡Hola! Soy ${name}. ¿En qué puedo ayudarte hoy?`,
  aiNotice: 'Asistente automatizado',
  recorded: (dealer) => `Las conversaciones se graban y se comparten con ${dealer ?? 'el concesionario'}.`,
  privacyPolicy: 'Política de privacidad',
  teamAway: (opens) => `Asistente automatizado${opens ? ` · el equipo vuelve ${opens}` : ''}`,
  close: 'Cerrar chat',
  status: { online: 'En línea', connecting: 'Conectando…', reconnecting: 'Reconectando…', offline: 'Sin conexión' },
  bannerReconnecting: 'Reconectando…',
  bannerOffline: 'Estás sin conexión. Tus mensajes se enviarán cuando vuelvas a estar en línea.',
  conversation: 'Conversación',
  you: 'Tú',
  inputLabel: 'Escribe tu mensaje',
  placeholder: 'Escribe un mensaje…',
  send: 'Enviar',
  pending: { queued: 'En espera de envío', sending: 'Enviando…', failed: 'No enviado' },
  retry: 'Reintentar',
  typing: (name) => `${name} está escribiendo`,
  charsLeft: (n) => (n === 1 ? 'Queda 1 carácter' : `Quedan ${n} caracteres`),
  disclosureLabel: 'Aviso de consentimiento',
};
