// A frontend developer's code, compiled by sdk/test/package.test.ts against the built package's .d.ts.
import { createCathy, type Cathy, type CathyOptions, type ChatMessage, type LeadCapturedEvent } from 'cathy-chat';
import { createClient, type CathyClient, type ClientSnapshot } from 'cathy-chat/headless';

const options: CathyOptions = {
  siteKey: 'pk_demo',
  serverUrl: 'https://chat.example.com',
  locale: 'es',
  theme: { accent: '#0b5fff', position: 'left', mode: 'dark', zIndex: 1000 },
  persona: { name: 'Cathy', avatarUrl: 'https://chat.example.com/cathy.png' },
  onLead: (lead: LeadCapturedEvent) => console.log(lead.leadId, lead.fields.phone),
  onPhoneCaptured: ({ phone }) => console.log(phone),
  onMessage: (message: ChatMessage) => console.log(message.role, message.text),
};

const cathy: Cathy = createCathy(options);
cathy.open();
cathy.toggle();
const pending = cathy.send('Do you finance with bad credit?');
const status: 'queued' | 'sending' | 'failed' = pending.status;
void cathy.identify({ externalId: 'crm-42', userHash: 'ab12' }).then(({ verified }) => verified);
cathy.setTheme({ accent: 'rgb(10 20 30)' });
cathy.setPersona({ greeting: '¡Hola!' });
const off: () => void = cathy.on('delta', ({ messageId, delta, text }) => console.log(messageId, delta, text));
off();
cathy.on('connection', ({ status: connection }) => console.log(connection));
cathy.destroy();

// @ts-expect-error an unknown event name is a type error
cathy.on('leads', () => {});
// @ts-expect-error the site key is required
createCathy({ serverUrl: 'https://chat.example.com' });
// @ts-expect-error a position is left or right
cathy.setTheme({ position: 'top' });

const client: CathyClient = createClient({ siteKey: 'pk_demo', serverUrl: 'https://chat.example.com', transports: ['http'] });
client.on('change', (snapshot: ClientSnapshot) => console.log(snapshot.messages.length, snapshot.streaming?.text, status));
void client.start();
