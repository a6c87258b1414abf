import { computed, signal } from '@preact/signals';
import type { Locale, ProfileBody, StaffMe, StaffRole } from '../../sdk/protocol/index.js';
import { toApiError } from '../api/api-error.js';
import type { StaffApi } from '../api/staff-api.js';
import { stringsFor, toLocale } from '../i18n/index.js';
import type { Preferences } from './preferences.js';
import type { Router } from './router.js';
import { signInPath } from './routes.js';

export type SessionStatus = 'loading' | 'signed-in' | 'signed-out';

const MANAGERS: ReadonlySet<StaffRole> = new Set(['owner', 'manager']);

/** The signed-in person, the site they work on and the language of the screens. */
export function createSessionState(deps: { api: StaffApi; router: Router; prefs: Preferences; browserLocale?: string }) {
  const { router, prefs } = deps;
  const me = signal<StaffMe | null>(null);
  const status = signal<SessionStatus>('loading');
  const chosenSite = signal(prefs.get('site'));
  const chosenLocale = signal(toLocale(prefs.get('locale')));
  /** A message for the sign-in screen, e.g. after the session ended elsewhere. */
  const notice = signal<string | undefined>(undefined);

  const membership = computed(() => {
    const list = me.value?.memberships ?? [];
    return list.find((m) => m.siteId === chosenSite.value) ?? list[0];
  });
  const siteId = computed(() => membership.value?.siteId);
  const role = computed(() => membership.value?.role);
  const canManage = computed(() => (role.value ? MANAGERS.has(role.value) : false));
  const locale = computed<Locale>(() => chosenLocale.value ?? toLocale(me.value?.locale) ?? toLocale(deps.browserLocale) ?? 'en');
  const strings = computed(() => stringsFor(locale.value));
  /** Who answers the shoppers of the chosen site, as the transcript and the inbox name her. */
  const assistantName = computed(() => membership.value?.assistantName || strings.value.conversation.assistant);

  function signedIn(person: StaffMe) {
    me.value = person;
    status.value = 'signed-in';
    notice.value = undefined;
  }

  /** The session is gone (401, `session:ended`, signed out): back to sign-in, coming back here afterwards. */
  function ended(reason: 'signed_out' | 'removed' | 'expired' | 'absent') {
    const wasSignedIn = status.value === 'signed-in';
    me.value = null;
    status.value = 'signed-out';
    if (wasSignedIn && reason !== 'signed_out') notice.value = strings.value.sessionEnded;
    const here = router.route.value.name;
    if (here !== 'sign-in' && here !== 'invitation' && here !== 'reset') {
      router.navigate(reason === 'signed_out' ? signInPath('/console/') : signInPath(router.here()), { replace: true });
    }
  }

  return {
    me,
    status,
    notice,
    membership,
    assistantName,
    siteId,
    role,
    canManage,
    locale,
    strings,
    signedIn,
    ended,
    async load() {
      try {
        signedIn(await deps.api.me());
      } catch (error) {
        if (toApiError(error).status === 401) ended('absent');
        else throw error;
      }
    },
    async signOut(everywhere = false) {
      try {
        await (everywhere ? deps.api.signOutEverywhere() : deps.api.signOut());
      } finally {
        ended('signed_out');
      }
    },
    /** Name and picture as shoppers will see them; the session (and its CSRF token) stays as it is. */
    async updateProfile(body: ProfileBody) {
      const updated = await deps.api.updateProfile(body);
      const before = me.value;
      if (before) me.value = { ...updated, csrfToken: updated.csrfToken || before.csrfToken };
    },
    chooseSite(id: string) {
      chosenSite.value = id;
      prefs.set('site', id);
    },
    chooseLocale(next: Locale) {
      chosenLocale.value = next;
      prefs.set('locale', next);
    },
  };
}

export type SessionState = ReturnType<typeof createSessionState>;
