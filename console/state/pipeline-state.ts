import { LEAD_STAGES, type Lead, type StaffLeadPatch } from '../../sdk/protocol/index.js';
import type { StaffApi } from '../api/staff-api.js';
import { loadedList } from './loaded-list.js';

/** The site's leads for the pipeline board, newest first. */
export function createPipelineState(api: StaffApi, siteId: () => string | undefined) {
  // One request per column, as the route pages them: a busy "new" column never pushes "sold" off the board.
  const list = loadedList(async (site) => (await Promise.all(LEAD_STAGES.map((stage) => api.leads(site, stage)))).flatMap((page) => page.leads), siteId);
  const leads = list.items;

  function replace(lead: Lead) {
    if (lead.siteId !== siteId()) return;
    const rest = leads.value.filter((l) => l.id !== lead.id);
    leads.value = [lead, ...rest].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  return {
    leads,
    loading: list.loading,
    error: list.error,
    load: list.load,
    replace,
    async patch(id: string, patch: StaffLeadPatch) {
      replace((await api.patchLead(id, patch)).lead);
    },
  };
}

export type PipelineState = ReturnType<typeof createPipelineState>;
