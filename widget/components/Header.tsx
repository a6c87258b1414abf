import type { ConnectionStatus } from '../../sdk/client/types.js';
import type { PersonaDisplay, TeamHours } from '../../sdk/protocol/index.js';
import type { Strings } from '../i18n/index.js';
import { Avatar } from './Avatar.js';

export const TITLE_ID = 'cathy-title';

function statusText(status: ConnectionStatus, persona: PersonaDisplay, team: TeamHours | undefined, t: Strings): string {
  if (status === 'online' || status === 'http') return persona.status?.trim() || (team?.open === false ? t.teamAway(team.opens) : t.status.online);
  if (status === 'offline') return t.status.offline;
  return status === 'reconnecting' ? t.status.reconnecting : t.status.connecting;
}

interface Props {
  persona: PersonaDisplay;
  status: ConnectionStatus;
  /** The dealership's people, as the session found them; undefined before it. */
  team: TeamHours | undefined;
  t: Strings;
  onClose: () => void;
}

export function Header({ persona, status, team, t, onClose }: Props) {
  const online = status === 'online' || status === 'http';
  return (
    <div class="cathy-header" data-online={String(online && team?.open !== false)}>
      <Avatar name={persona.name} url={persona.avatarUrl} />
      <div class="cathy-header-text">
        <h2 class="cathy-title" id={TITLE_ID}>
          {persona.name}
        </h2>
        <p class="cathy-status">{statusText(status, persona, team, t)}</p>
      </div>
      <button type="button" class="cathy-icon-button" aria-label={t.close} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
