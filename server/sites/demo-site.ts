import type { Store } from '../store/store.js';
import { DEMO_KNOWLEDGE } from './knowledge/demo-knowledge.js';
import { createSite, setKnowledge } from './site-service.js';

export const DEMO_PUBLIC_KEY = 'pk_demo';

/**
 * On a first start with no sites, creates the demo dealer so the zero-config server works at once.
 * Its secret key is logged once by the caller, like any new site's.
 */
export async function ensureDemoSite(store: Store): Promise<{ created: boolean; secretKey?: string }> {
  if ((await store.sites.count()) > 0) return { created: false };
  const { site, secretKey } = await createSite(
    store,
    {
      name: 'Sunrise Auto (demo)',
      allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
      // With no SMTP_URL the demo's leads land as .eml files under DATA_DIR/outbox-mail/.
      leadRecipients: ['sales@demo-dealer.example'],
      phone: '(305) 555-0142',
      address: '1200 Biscayne Blvd, Miami, FL 33132',
      timezone: 'America/New_York',
      // As the demo pages say (examples/dealer-site): Mon–Sat 9 am–8 pm, Sun 11 am–5 pm.
      businessHours: {
        mon: { open: '09:00', close: '20:00' },
        tue: { open: '09:00', close: '20:00' },
        wed: { open: '09:00', close: '20:00' },
        thu: { open: '09:00', close: '20:00' },
        fri: { open: '09:00', close: '20:00' },
        sat: { open: '09:00', close: '20:00' },
        sun: { open: '11:00', close: '17:00' },
      },
      theme: { accent: '#0b6bcb', position: 'right' },
    },
    { publicKey: DEMO_PUBLIC_KEY },
  );
  await setKnowledge(store, site, DEMO_KNOWLEDGE);
  return { created: true, secretKey };
}
