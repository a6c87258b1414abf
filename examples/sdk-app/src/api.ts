import type { IdentifyPayload } from 'cathy-chat';

/** What the pages need to reach Cathy; the example backend serves it so one bundle works with any server. */
export interface ExampleConfig {
  siteKey: string;
  serverUrl: string;
}

/** The signed-in user as the backend vouches for them: `userHash` proves `externalId` to Cathy. */
export type SignedIdentity = Required<Pick<IdentifyPayload, 'externalId' | 'userHash' | 'name'>>;

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
  return (await res.json()) as T;
}

export const getConfig = () => getJson<ExampleConfig>('/api/config');
export const getIdentity = () => getJson<SignedIdentity>('/api/cathy-identity');
