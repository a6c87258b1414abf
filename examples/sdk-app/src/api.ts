import type { ExampleConfig, SignedIdentity } from '../shared/api-types.js';

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
  return (await res.json()) as T;
}

export const getConfig = () => getJson<ExampleConfig>('/api/config');
export const getIdentity = () => getJson<SignedIdentity>('/api/cathy-identity');
