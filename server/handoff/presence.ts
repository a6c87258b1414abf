import type { PresenceEntry, PresenceStatus } from '../../sdk/protocol/index.js';

export interface PresenceStaff {
  staffId: string;
  name: string;
}

/**
 * Who of each site's team has the workspace open, online or away. Kept in this process's memory from its staff
 * sockets: a person counts while one of their consoles is connected, and is gone with the last one.
 */
export interface PresenceRegistry {
  connect(socketId: string, staff: PresenceStaff, siteIds: string[]): void;
  disconnect(socketId: string): void;
  /** For every console of this person, on every site. */
  set(staffId: string, status: PresenceStatus): void;
  list(siteId: string): PresenceEntry[];
  /** Someone of the site's team is online (not away): a shopper asking for a person can be joined live. */
  available(siteId: string): boolean;
  /** The sites whose list changed. */
  onChange(listener: (siteId: string) => void): () => void;
}

interface Person extends PresenceStaff {
  status: PresenceStatus;
  since: Date;
  sockets: Map<string, string[]>;
}

export function createPresenceRegistry(now: () => Date = () => new Date()): PresenceRegistry {
  const people = new Map<string, Person>();
  const personOfSocket = new Map<string, string>();
  const listeners = new Set<(siteId: string) => void>();
  const sitesOf = (person: Person) => new Set([...person.sockets.values()].flat());
  const changed = (siteIds: Iterable<string>) => {
    for (const siteId of siteIds) for (const listener of listeners) listener(siteId);
  };

  return {
    connect(socketId, staff, siteIds) {
      const person = people.get(staff.staffId) ?? { ...staff, status: 'online', since: now(), sockets: new Map() };
      const before = sitesOf(person);
      person.name = staff.name;
      person.sockets.set(socketId, siteIds);
      people.set(staff.staffId, person);
      personOfSocket.set(socketId, staff.staffId);
      changed(siteIds.filter((siteId) => !before.has(siteId)));
    },
    disconnect(socketId) {
      const staffId = personOfSocket.get(socketId);
      const person = staffId ? people.get(staffId) : undefined;
      personOfSocket.delete(socketId);
      if (!staffId || !person) return;
      const before = sitesOf(person);
      person.sockets.delete(socketId);
      const after = sitesOf(person);
      if (person.sockets.size === 0) people.delete(staffId);
      changed([...before].filter((siteId) => !after.has(siteId)));
    },
    set(staffId, status) {
      const person = people.get(staffId);
      if (!person || person.status === status) return;
      person.status = status;
      person.since = now();
      changed(sitesOf(person));
    },
    list(siteId) {
      return [...people.values()]
        .filter((person) => sitesOf(person).has(siteId))
        .map((person) => ({ staffId: person.staffId, name: person.name, status: person.status, since: person.since.toISOString() }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    available(siteId) {
      for (const person of people.values()) if (person.status === 'online' && sitesOf(person).has(siteId)) return true;
      return false;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
