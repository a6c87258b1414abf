import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { SHOPPER_LINES } from '../../server/test/support/chat.js';

export const ORIGIN = 'http://localhost:5173';

/** The server's address now; a restart on a new port changes it under the shoppers. */
export interface Target {
  url: string;
}

export interface ShopperRecord {
  visitorId?: string;
  /** Messages the server acknowledged: each must be in the store at the end. */
  acked: string[];
  /** The message with the phone number was acknowledged. */
  phoneAcked: boolean;
}

// The test suite's shopper, up to her name: the number comes next.
const LINES = SHOPPER_LINES.slice(0, SHOPPER_LINES.indexOf('My name is Maria Lopez') + 1);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Session {
  socket: Socket;
  visitorId: string;
  visitorToken: string;
}

async function openSession(target: Target, siteKey: string, known: Partial<Session>): Promise<Session> {
  const socket = io(`${target.url}/v1`, {
    auth: { siteKey, ...(known.visitorId && { visitorId: known.visitorId, visitorToken: known.visitorToken }) },
    extraHeaders: { origin: ORIGIN },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  try {
    await new Promise<void>((resolve, reject) => (socket.once('connect', () => resolve()), socket.once('connect_error', reject)));
    const ack = (await socket.timeout(5_000).emitWithAck('session:start', { page: { url: `${ORIGIN}/inventory`, title: 'Inventory' } })) as {
      visitorId?: string;
      visitorToken?: string;
      error?: unknown;
    };
    if (!ack.visitorId || !ack.visitorToken) throw new Error(`session refused: ${JSON.stringify(ack.error)}`);
    return { socket, visitorId: ack.visitorId, visitorToken: ack.visitorToken };
  } catch (error) {
    socket.close();
    throw error;
  }
}

/**
 * Listens for Cathy's replies from before a send; the returned wait gives up after a while, since a reply a
 * crash lost is not what this bench counts.
 */
function watchReplies(socket: Socket): (messageId: string) => Promise<void> {
  const replied = new Set<string>();
  const onDone = ({ message }: { message: { replyTo?: string } }) => message.replyTo && replied.add(message.replyTo);
  socket.on('message:done', onDone);
  return async (messageId) => {
    for (let waited = 0; waited < 3_000 && !replied.has(messageId); waited += 10) await pause(10);
    socket.off('message:done', onDone);
  };
}

/**
 * One shopper as a real widget behaves: a line at a time, each resent with the same clientId until it is
 * acknowledged, through errors, a dead server and restarts, resuming the same visitor.
 */
export async function shop(target: Target, siteKey: string, phone: string, record: ShopperRecord, deadline: number): Promise<void> {
  let session: Session | undefined;
  let identity: Partial<Session> = {};
  for (const text of [...LINES, `Sure, call me at ${phone}`]) {
    const clientId = randomUUID();
    for (;;) {
      if (Date.now() > deadline) throw new Error('shopper ran out of time');
      try {
        session ??= await openSession(target, siteKey, identity);
        identity = session;
        record.visitorId = session.visitorId;
        const { socket } = session;
        const reply = watchReplies(socket);
        const ack = (await socket.timeout(5_000).emitWithAck('message:send', { clientId, text })) as { message?: { id: string } };
        const sent = ack.message;
        if (!sent) {
          socket.off('message:done');
          await pause(250);
          continue;
        }
        record.acked.push(sent.id);
        if (text.includes(phone)) record.phoneAcked = true;
        await reply(sent.id);
        break;
      } catch {
        session?.socket.close();
        session = undefined;
        await pause(200);
      }
    }
  }
  session?.socket.close();
}
