import type { ConnectionStatus } from '../../sdk/client/types.js';
import type { AgentJoinedEvent, PersonaDisplay, TeamHours } from '../../sdk/protocol/index.js';
import type { Strings } from '../i18n/index.js';
import { Avatar } from './Avatar.js';

export const TITLE_ID = 'cathy-title';

function statusText(status: ConnectionStatus, persona: PersonaDisplay, agent: AgentJoinedEvent | undefined, team: TeamHours | undefined, t: Strings): string {
  if (status === 'online' || status === 'http') {
    if (agent) return t.agentFrom(agent.dealer);
    return persona.status?.trim() || (team?.open === false ? t.teamAway(team.opens) : t.aiNotice);
  }
  if (status === 'offline') return t.status.offline;
  return status === 'reconnecting' ? t.status.reconnecting : t.status.connecting;
}

interface Props {
  persona: PersonaDisplay;
  /** The person of the dealership holding the chat, who the header shows instead of the assistant. */
  agent: AgentJoinedEvent | undefined;
  status: ConnectionStatus;
  /** The dealership's people, as the session found them; undefined before it. */
  team: TeamHours | undefined;
  t: Strings;
  onClose: () => void;
}

/** Tells the truth about who is there: the online dot means a person can be reached now, not business hours. */
export function Header({ persona, agent, status, team, t, onClose }: Props) {
  const online = status === 'online' || status === 'http';
  const name = agent?.name ?? persona.name;
  return (
    <div class="cathy-header" data-online={String(online && Boolean(agent || team?.available))}>
      <Avatar name={name} url={agent ? agent.avatarUrl : persona.avatarUrl} />
      <div class="cathy-header-text">
        <h2 class="cathy-title" id={TITLE_ID}>
          {name}
        </h2>
        <p class="cathy-status">{statusText(status, persona, agent, team, t)}</p>
      </div>
      <button type="button" class="cathy-icon-button" aria-label={t.close} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
