import type { ApiError } from '../api/api-error.js';
import type { Strings } from '../i18n/index.js';
import { useStrings } from './console-context.js';

/** The human sentence for a refused request; `signIn` reads 401 as a wrong email or password. */
export function errorMessage(error: ApiError, t: Strings, context: 'signIn' | 'other' = 'other'): string {
  switch (error.code) {
    case 'UNAUTHORIZED':
      return context === 'signIn' ? t.errors.wrongCredentials : t.sessionEnded;
    case 'ACCOUNT_LOCKED':
      return t.errors.locked(Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)));
    case 'RATE_LIMITED':
      return t.errors.rateLimited(error.retryAfter);
    case 'LINK_EXPIRED':
      return t.errors.linkExpired;
    case 'VALIDATION_ERROR':
      return [t.errors.validation, ...(error.details ?? []).map((d) => `${d.path}: ${d.message}.`)].join(' ');
    case 'FORBIDDEN':
      return t.errors.forbidden;
    case 'NOT_FOUND':
      return t.errors.notFound;
    case 'CONFLICT':
      return t.errors.conflict;
    case 'NETWORK':
      return t.errors.network;
    default:
      return t.errors.generic;
  }
}

export function ErrorNotice({ error, context }: { error: ApiError | undefined; context?: 'signIn' | 'other' }) {
  const t = useStrings();
  if (!error) return null;
  return (
    <p class="error" role="alert">
      {errorMessage(error, t, context)}
    </p>
  );
}
