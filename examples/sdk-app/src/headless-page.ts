import { createClient, type ClientSnapshot } from 'cathy-chat/headless';
import { getConfig } from './api.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector) as T;
const status = $<HTMLOutputElement>('#status');
const deltas = $<HTMLOutputElement>('#deltas');
const log = $('#log');
const form = $<HTMLFormElement>('#composer');
const input = $<HTMLInputElement>('#text');
const errorLine = $('#error');

function bubble(role: string, text: string, state?: string): HTMLElement {
  const el = document.createElement('p');
  el.className = 'message';
  el.dataset.role = role;
  if (state) el.dataset.state = state;
  // textContent, never innerHTML: message text is visitor and model input.
  el.textContent = text;
  return el;
}

/** Redraws from the snapshot, which the client replaces on every change; a real app would diff or use a framework. */
function render(snap: ClientSnapshot): void {
  status.value = snap.status;
  status.dataset.status = snap.status;
  const rows: HTMLElement[] = [];
  for (const message of snap.messages) {
    rows.push(bubble(message.role, message.text));
    // The consent disclosure must be shown while Cathy asks for a phone number.
    if (message.disclosure) rows.push(Object.assign(document.createElement('p'), { className: 'disclosure', textContent: message.disclosure }));
  }
  for (const pending of snap.pending) {
    const row = bubble('visitor', pending.text, pending.status);
    if (pending.status === 'failed') {
      const retry = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Retry' });
      retry.addEventListener('click', () => client.retry(pending.clientId));
      row.append(' ', retry);
    }
    rows.push(row);
  }
  if (snap.streaming) rows.push(bubble('assistant', snap.streaming.text, 'streaming'));
  else if (snap.typing) rows.push(bubble('assistant', '…', 'typing'));
  log.replaceChildren(...rows);
  log.lastElementChild?.scrollIntoView({ block: 'nearest' });
}

const config = await getConfig();
const client = createClient({ siteKey: config.siteKey, serverUrl: config.serverUrl });
client.on('change', render);
client.on('delta', () => (deltas.value = String(Number(deltas.value) + 1)));
client.on('error', (error) => {
  errorLine.hidden = false;
  errorLine.textContent = `${error.code}: ${error.message}`;
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  client.send(text);
  input.value = '';
});
void client.start();
