import type { InviteBody, StaffRole, TeamMember } from '../../sdk/protocol/index.js';
import type { StaffApi } from '../api/staff-api.js';
import { loadedList } from './loaded-list.js';

/** The site's team, for owners and managers. */
export function createTeamState(api: StaffApi, siteId: () => string | undefined) {
  const list = loadedList<TeamMember>(async (site) => (await api.team(site)).members, siteId);
  const members = list.items;

  return {
    members,
    loading: list.loading,
    error: list.error,
    load: list.load,
    async invite(body: InviteBody) {
      const site = siteId();
      if (!site) return;
      const { member } = await api.invite(site, body);
      members.value = [...members.value.filter((m) => m.id !== member.id), member];
    },
    async changeRole(staffId: string, role: StaffRole) {
      const site = siteId();
      if (!site) return;
      const { member } = await api.changeRole(site, staffId, role);
      members.value = members.value.map((m) => (m.id === member.id ? member : m));
    },
    async remove(staffId: string) {
      const site = siteId();
      if (!site) return;
      await api.removeMember(site, staffId);
      members.value = members.value.filter((m) => m.id !== staffId);
    },
  };
}

export type TeamState = ReturnType<typeof createTeamState>;
