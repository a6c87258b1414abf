import { signal } from '@preact/signals';
import type { Lead, StaffLeadPatch } from '../../sdk/protocol/index.js';
import { toApiError, type ApiError } from '../api/api-error.js';
import type { StaffApi } from '../api/staff-api.js';

/** The site's leads for the pipeline board, newest first. */
export function createPipelineState(api: StaffApi, siteId: () => string | undefined) {
  const leads = signal<Lead[]>([]);
  const loading = signal(false);
  const error = signal<ApiError | undefined>(undefined);

  function replace(lead: Lead) {
    if (lead.siteId !== siteId()) return;
    const rest = leads.value.filter((l) => l.id !== lead.id);
    leads.value = [lead, ...rest].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  return {
    leads,
    loading,
    error,
    replace,
    async load() {
      const site = siteId();
      if (!site) return;
      loading.value = true;
      error.value = undefined;
      try {
        leads.value = (await api.leads(site)).leads;
      } catch (failure) {
        error.value = toApiError(failure);
      } finally {
        loading.value = false;
      }
    },
    async patch(id: string, patch: StaffLeadPatch) {
      replace((await api.patchLead(id, patch)).lead);
    },
  };
}

export type PipelineState = ReturnType<typeof createPipelineState>;
