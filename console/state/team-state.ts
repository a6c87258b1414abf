import { signal } from '@preact/signals';
import type { InviteBody, TeamMember } from '../../sdk/protocol/index.js';
import { toApiError, type ApiError } from '../api/api-error.js';
import type { StaffApi } from '../api/staff-api.js';

/** The site's team, for owners and managers. */
export function createTeamState(api: StaffApi, siteId: () => string | undefined) {
  const members = signal<TeamMember[]>([]);
  const loading = signal(false);
  const error = signal<ApiError | undefined>(undefined);

  return {
    members,
    loading,
    error,
    async load() {
      const site = siteId();
      if (!site) return;
      loading.value = true;
      error.value = undefined;
      try {
        members.value = (await api.team(site)).members;
      } catch (failure) {
        error.value = toApiError(failure);
      } finally {
        loading.value = false;
      }
    },
    async invite(body: InviteBody) {
      const site = siteId();
      if (!site) return;
      const { member } = await api.invite(site, body);
      members.value = [...members.value.filter((m) => m.id !== member.id), member];
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
