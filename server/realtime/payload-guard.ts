import { LIMITS } from '../../sdk/protocol/index.js';
import { AppError } from '../errors/app-error.js';

/** Every event payload is a few levels deep; far deeper is an attack on the stack, not a mistake. */
export const MAX_PAYLOAD_DEPTH = 32;

/** True when objects or arrays nest deeper than `max`; walks iteratively, so depth cannot overflow the stack. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const [node, depth] = item;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * Refuses a socket payload before anything recurses over it: too deep is VALIDATION_ERROR (measuring its size
 * with JSON.stringify would throw a RangeError), too big is PAYLOAD_TOO_LARGE.
 */
export function guardPayload(payload: unknown): void {
  if (nestsDeeperThan(payload, MAX_PAYLOAD_DEPTH)) {
    throw new AppError('VALIDATION_ERROR', `Payload nested more than ${MAX_PAYLOAD_DEPTH} levels deep.`);
  }
  if (Buffer.byteLength(JSON.stringify(payload) ?? '') > LIMITS.payloadBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Payload over ${LIMITS.payloadBytes} bytes.`);
  }
}
