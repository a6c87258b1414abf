import type { Lead } from '../../../sdk/protocol/index.js';
import type { ApiDelivery } from '../../wire/delivery-dto.js';
import { say, talkUntilPhoneAsked, waitForLead } from './chat.js';
import { openVisitor, type TestSiteContext } from './test-server.js';

/** A visitor talks until Cathy asks, gives `phone`, and leaves; resolves when the lead exists. */
export async function captureLead(t: TestSiteContext, phone: string) {
  const { socket, session } = await openVisitor(t);
  await talkUntilPhoneAsked(socket);
  const captured = waitForLead(socket);
  const phoneSentAt = Date.now();
  await say(socket, `Sure, call me at ${phone}`);
  const { leadId } = await captured;
  socket.close();
  return { leadId, visitorId: session.visitorId, conversationId: session.conversationId, phoneSentAt };
}

/** GET on the secret-key API; returns status and parsed JSON. */
export async function api<T>(t: TestSiteContext, path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${t.server.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${t.site.secretKey}`, ...init.headers },
  });
  return { status: res.status, body: (await res.json()) as T };
}

export async function deliveriesOf(t: TestSiteContext, leadId: string): Promise<ApiDelivery[]> {
  const { body } = await api<{ deliveries: ApiDelivery[] }>(t, `/v1/deliveries?leadId=${leadId}`);
  return body.deliveries;
}

export async function leadOf(t: TestSiteContext, leadId: string): Promise<Lead> {
  const { body } = await api<{ lead: Lead }>(t, `/v1/leads/${leadId}`);
  return body.lead;
}

/** Polls until `check` passes or the time is up. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
