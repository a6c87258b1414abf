import type { Locale } from '../../sdk/protocol/index.js';
import type { StaffMailContent, StaffMailJobRecord } from '../store/records.js';
import type { DeliveryOutcome } from './deliver-job.js';
import { escapeHtml } from './escape-html.js';
import type { Mailer, OutgoingMail } from './mailer.js';

interface Copy {
  subject: string;
  intro: string;
  action: string;
  expiry: string;
  ignore: string;
}

type Event = StaffMailJobRecord['event'];

function copyOf(event: Event, locale: Locale, mail: StaffMailContent, minutes: number): Copy {
  const { siteName, inviterName } = mail;
  const hours = Math.round(minutes / 60);
  const duration = minutes >= 120 ? { en: `${hours} hours`, es: `${hours} horas` } : { en: `${minutes} minutes`, es: `${minutes} minutos` };
  const copies: Record<Event, Record<Locale, Copy>> = {
    'staff.invitation': {
      en: {
        subject: `You're invited to the ${siteName} sales workspace`,
        intro: `${inviterName ? `${inviterName} invited you` : 'You are invited'} to the sales workspace of ${siteName}, where you see every chat Cathy has with shoppers and the leads they leave.`,
        action: 'Set your password to join',
        expiry: `The link works once and expires in ${duration.en}.`,
        ignore: 'If you did not expect this email, ignore it.',
      },
      es: {
        subject: `Invitación al espacio de ventas de ${siteName}`,
        intro: `${inviterName ? `${inviterName} te invitó` : 'Te invitaron'} al espacio de ventas de ${siteName}, donde ves cada conversación de Cathy con los clientes y los leads que dejan.`,
        action: 'Crea tu contraseña para entrar',
        expiry: `El enlace sirve una sola vez y vence en ${duration.es}.`,
        ignore: 'Si no esperabas este correo, ignóralo.',
      },
    },
    'staff.added': {
      en: {
        subject: `You now have the ${siteName} sales workspace`,
        intro: `${inviterName ? `${inviterName} added you` : 'You were added'} to the sales workspace of ${siteName}. It is beside your other sites, with the same email and password.`,
        action: 'Sign in',
        expiry: '',
        ignore: 'If you did not expect this email, tell the person who added you.',
      },
      es: {
        subject: `Ya tienes el espacio de ventas de ${siteName}`,
        intro: `${inviterName ? `${inviterName} te agregó` : 'Te agregaron'} al espacio de ventas de ${siteName}. Está junto a tus otros sitios, con el mismo correo y la misma contraseña.`,
        action: 'Iniciar sesión',
        expiry: '',
        ignore: 'Si no esperabas este correo, avísale a quien te agregó.',
      },
    },
    'staff.reset': {
      en: {
        subject: `Reset your ${siteName} workspace password`,
        intro: `Someone asked to reset the password of your sales workspace account (${mail.to}).`,
        action: 'Choose a new password',
        expiry: `The link works once and expires in ${duration.en}. A new password signs you out on every other device.`,
        ignore: 'If you did not ask for this, ignore this email: your password stays as it is.',
      },
      es: {
        subject: `Restablece tu contraseña del espacio de ventas de ${siteName}`,
        intro: `Alguien pidió restablecer la contraseña de tu cuenta del espacio de ventas (${mail.to}).`,
        action: 'Elige una contraseña nueva',
        expiry: `El enlace sirve una sola vez y vence en ${duration.es}. La contraseña nueva cierra tu sesión en los demás dispositivos.`,
        ignore: 'Si no lo pediste, ignora este correo: tu contraseña no cambia.',
      },
    },
  };
  return copies[event][locale];
}

/** An invitation or reset email in the person's language: plain text and a small HTML part with the link as a button. */
export function composeStaffMail(job: StaffMailJobRecord, mail: StaffMailContent): OutgoingMail {
  const minutes = mail.expiresAt ? Math.max(1, Math.round((mail.expiresAt.getTime() - job.createdAt.getTime()) / 60_000)) : 0;
  const copy = copyOf(job.event, mail.locale, mail, minutes);
  const closing = [copy.expiry, copy.ignore].filter(Boolean);
  const text = [copy.intro, '', `${copy.action}: ${mail.link}`, '', ...closing, ''].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">',
    `<p>${escapeHtml(copy.intro)}</p>`,
    `<p><a href="${escapeHtml(mail.link)}" style="display:inline-block;padding:12px 20px;background:#0b6bcb;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(copy.action)}</a></p>`,
    `<p style="font-size:14px;color:#555">${escapeHtml(closing.join(' '))}</p>`,
    '</body></html>',
  ].join('\n');
  return { jobId: job.id, to: [mail.to], subject: copy.subject, text, html };
}

export async function deliverStaffMail(mailer: Mailer, job: StaffMailJobRecord): Promise<DeliveryOutcome> {
  // Content goes with the first delivery; a job without it was sent already (a retry after the result was lost).
  if (!job.mail) return { status: 'failed', reason: 'the email was sent already; its content is not kept' };
  return { status: 'delivered', deliveredTo: await mailer.send(composeStaffMail(job, job.mail)) };
}
