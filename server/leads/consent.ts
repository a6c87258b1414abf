import type { Locale } from '../../sdk/protocol/index.js';
import type { SiteRecord } from '../store/records.js';

const DEFAULTS: Record<Locale, (dealer: string) => string> = {
  en: (dealer) =>
    `By sharing your number, you agree that ${dealer} may call or text you about your inquiry at that number, ` +
    'including by automated means. Consent is not a condition of purchase. Msg & data rates may apply. ' +
    'Reply STOP to opt out.',
  es: (dealer) =>
    `Al compartir su número, acepta que ${dealer} le llame o le envíe mensajes de texto sobre su consulta a ese número, ` +
    'incluso por medios automatizados. El consentimiento no es condición de compra. Pueden aplicarse tarifas de mensajes y datos. ' +
    'Responda STOP para cancelar.',
};

/** The disclosure shown where Cathy asks for a number; a site may replace it per locale. */
export function consentText(site: Pick<SiteRecord, 'name' | 'consentText'>, locale: Locale): string {
  return site.consentText?.[locale] ?? DEFAULTS[locale](site.name);
}
