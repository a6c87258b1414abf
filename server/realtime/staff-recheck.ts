import type { Logger } from '../logging/logger.js';
import type { StaffSessions } from '../staff/staff-sessions.js';
import type { StaffPrincipal } from '../staff/staff-principal.js';
import type { StaffNamespace } from './staff-socket-types.js';

/** How often every staff socket's session is proved again. */
export const STAFF_RECHECK_MS = 30_000;

const sitesAndRoles = (principal: StaffPrincipal) => principal.memberships.map((m) => `${m.siteId}:${m.role}`).sort().join(',');

/**
 * Proves each staff socket's session again with the cookie it connected with. `onEnded` disconnects at once when
 * this process ends a session; this catches what it cannot hear of: a removal by the staff CLI or another server
 * process, a session that simply expired. A socket whose session is gone gets `session:ended` `expired`; one whose
 * sites or roles changed gets `removed` and reconnects with what is left, as after a removal in the workspace.
 */
export async function recheckStaffSockets(nsp: StaffNamespace, sessions: StaffSessions, logger: Logger): Promise<void> {
  for (const socket of [...nsp.sockets.values()]) {
    try {
      const principal = await sessions.resolve(socket.data.cookie);
      if (!socket.connected) continue;
      if (!principal || principal.sessionId !== socket.data.principal.sessionId) {
        socket.emit('session:ended', { reason: 'expired' });
        socket.disconnect(true);
      } else if (sitesAndRoles(principal) !== sitesAndRoles(socket.data.principal)) {
        socket.emit('session:ended', { reason: 'removed' });
        socket.disconnect(true);
      }
    } catch (error) {
      logger.warn({ err: error }, 'staff socket session not rechecked');
    }
  }
}

/** Runs `recheckStaffSockets` every `everyMs` until stopped; the timer never holds the process open. */
export function startStaffRecheck(nsp: StaffNamespace, sessions: StaffSessions, logger: Logger, everyMs = STAFF_RECHECK_MS) {
  const timer = setInterval(() => void recheckStaffSockets(nsp, sessions, logger), everyMs);
  timer.unref();
  return {
    recheck: () => recheckStaffSockets(nsp, sessions, logger),
    stop: () => clearInterval(timer),
  };
}
