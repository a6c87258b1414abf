import type { PresenceStatus, StaffServerToClientEvents } from '../../sdk/protocol/index.js';
import type { StaffEvent, StaffSocket } from '../api/staff-socket.js';

type Listener = (...args: unknown[]) => void;

/** The staff socket as the console sees it; `push` plays what the server would send. */
export class FakeStaffSocket implements StaffSocket {
  readonly watched = new Set<string>();
  closed = false;
  /** What the console sent besides watches, in order. */
  readonly typingSent: Array<{ conversationId: string; on: boolean }> = [];
  readonly presenceSent: PresenceStatus[] = [];
  private readonly listeners = new Map<string, Set<Listener>>();

  on<E extends StaffEvent>(event: E, listener: StaffServerToClientEvents[E]): () => void {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    set.add(listener as Listener);
    this.listeners.set(event, set);
    return () => set.delete(listener as Listener);
  }

  onReconnect(listener: () => void): () => void {
    return this.on('reconnect' as StaffEvent, listener as never);
  }

  async watch(conversationId: string): Promise<void> {
    this.watched.add(conversationId);
  }

  unwatch(conversationId: string): void {
    this.watched.delete(conversationId);
  }

  typing(conversationId: string, on: boolean): void {
    this.typingSent.push({ conversationId, on });
  }

  presence(status: PresenceStatus): void {
    this.presenceSent.push(status);
  }

  close(): void {
    this.closed = true;
  }

  push<E extends StaffEvent>(event: E, ...args: Parameters<StaffServerToClientEvents[E]>): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  reconnect(): void {
    for (const listener of this.listeners.get('reconnect') ?? []) listener();
  }
}
