import { CSRF_HEADER, isErrorResponse } from '../../sdk/protocol/index.js';
import { ApiError } from './api-error.js';

export interface HttpOptions {
  /** The session's CSRF token, sent on every state change. */
  csrfToken(): string | undefined;
  /** A request made with a session got 401: the session is gone. */
  onUnauthorized(): void;
}

export interface RequestOptions {
  /** Sign-in and the link screens answer 401/410 as part of their own flow, not as a lost session. */
  anonymous?: boolean;
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface Http {
  request<T>(method: Method, path: string, body?: unknown, options?: RequestOptions): Promise<T>;
}

async function readError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const retryHeader = Number(response.headers.get('retry-after'));
  if (isErrorResponse(body)) {
    const { code, message, retryAfter, details } = body.error;
    return new ApiError(code, message, response.status, retryAfter ?? (retryHeader || undefined), details);
  }
  return new ApiError(response.status === 401 ? 'UNAUTHORIZED' : 'INTERNAL_ERROR', response.statusText, response.status, retryHeader || undefined);
}

/**
 * Same-origin JSON requests with the session cookie; every state change carries the CSRF header.
 *
 * @example
 * const http = createHttp({ csrfToken: () => me.value?.csrfToken, onUnauthorized: () => goToSignIn() });
 * const page = await http.request<InboxPage>('GET', '/v1/staff/sites/s1/conversations');
 */
export function createHttp(options: HttpOptions): Http {
  return {
    async request<T>(method: Method, path: string, body?: unknown, request: RequestOptions = {}): Promise<T> {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const token = options.csrfToken();
      if (method !== 'GET' && token) headers[CSRF_HEADER] = token;
      let response: Response;
      try {
        response = await fetch(path, {
          method,
          headers,
          credentials: 'same-origin',
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch (error) {
        throw new ApiError('NETWORK', error instanceof Error ? error.message : String(error), 0);
      }
      if (!response.ok) {
        const error = await readError(response);
        if (error.status === 401 && !request.anonymous) options.onUnauthorized();
        throw error;
      }
      if (response.status === 204 || response.status === 202) return undefined as T;
      return (await response.json()) as T;
    },
  };
}
