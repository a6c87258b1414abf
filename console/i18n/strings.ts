import type { EscalationReason, InboxState, LeadDeliveryView, LeadStage, PresenceStatus, StaffRole } from '../../sdk/protocol/index.js';

/** Every piece of text the workspace shows; one object per locale. */
export interface Strings {
  appName: string;
  nav: { inbox: string; leads: string; team: string; profile: string };
  site: string;
  language: string;
  signOut: string;
  signOutEverywhere: string;
  account: string;
  loading: string;
  retryLoad: string;
  signIn: { title: string; email: string; password: string; submit: string; forgot: string };
  invitation: { title: string; intro: string; name: string; password: string; submit: string; missing: string };
  reset: {
    requestTitle: string;
    requestIntro: string;
    requestSubmit: string;
    requestSent: string;
    setTitle: string;
    newPassword: string;
    setSubmit: string;
    backToSignIn: string;
  };
  errors: {
    wrongCredentials: string;
    locked: (minutes: number) => string;
    rateLimited: (seconds: number | undefined) => string;
    linkExpired: string;
    validation: string;
    forbidden: string;
    notFound: string;
    conflict: string;
    network: string;
    generic: string;
  };
  inbox: {
    title: string;
    search: string;
    filters: string;
    all: string;
    hasLead: string;
    waiting: string;
    from: string;
    to: string;
    loadMore: string;
    empty: string;
    /** With no filter or search: nobody has written yet. */
    emptyAll: (assistant: string) => string;
    unread: string;
    anonymous: string;
    messages: (n: number) => string;
    pickOne: string;
    keyboardHint: string;
  };
  states: Record<InboxState, string>;
  stages: Record<LeadStage, string>;
  roles: Record<StaffRole, string>;
  conversation: {
    back: string;
    transcript: string;
    writing: string;
    shopper: string;
    visitor: string;
    assistant: string;
    agent: string;
    context: string;
    landingPage: string;
    referrer: string;
    utm: string;
    pagesViewed: string;
    returning: string;
    identified: string;
    firstSeen: string;
    yes: string;
    no: string;
  };
  lead: {
    title: string;
    phone: string;
    email: string;
    vehicle: string;
    tradeIn: string;
    budget: string;
    credit: string;
    timeframe: string;
    summary: string;
    consent: string;
    consentLevels: Record<'contact_requested' | 'express_written' | 'do_not_contact', string>;
    deliveries: string;
    deliveryKinds: Record<LeadDeliveryView['kind'], string>;
    deliveryStates: Record<LeadDeliveryView['status'], string>;
    attempts: (n: number) => string;
    retry: string;
    noDeliveries: string;
  };
  pipeline: {
    title: string;
    stage: string;
    reason: string;
    reasonNeeded: string;
    assignee: string;
    notes: string;
    save: string;
    saved: string;
    edit: string;
    empty: string;
    export: string;
    exportFrom: string;
    exportTo: string;
    download: string;
    open: string;
  };
  notes: { title: string; add: string; label: string; empty: string };
  team: {
    title: string;
    onlyManagers: string;
    invite: string;
    email: string;
    name: string;
    role: string;
    send: string;
    invited: (email: string) => string;
    remove: string;
    confirmRemove: (name: string) => string;
    roleOf: (name: string) => string;
    you: string;
    pending: string;
    active: string;
  };
  /** Taking a chat over from Cathy, answering, handing back. */
  takeover: {
    region: string;
    answering: (assistant: string) => string;
    take: string;
    heldBy: (name: string) => string;
    takeFrom: (name: string) => string;
    confirmTakeFrom: (name: string) => string;
    youHold: string;
    handBack: (assistant: string) => string;
    composer: string;
    composerHint: string;
    send: string;
    retry: string;
    notHolder: string;
    shopperTyping: string;
    agentTyping: (name: string) => string;
  };
  /** The handoff trail's lines in the transcript; the time follows each. */
  trail: {
    escalated: string;
    taken: (name: string) => string;
    takenFrom: (name: string, from: string) => string;
    handedBack: (name: string, assistant: string) => string;
    timedOut: string;
    callback: string;
    missed: (assistant: string) => string;
  };
  reasons: Record<EscalationReason, string>;
  alerts: {
    region: string;
    title: string;
    open: string;
    dismiss: string;
    mute: string;
    desktop: string;
    desktopBlocked: string;
    waitingCount: (n: number) => string;
    waitedFor: (minutes: number) => string;
  };
  presence: {
    status: string;
    states: Record<PresenceStatus, string>;
    team: (online: number) => string;
    nobody: string;
  };
  summary: {
    title: string;
    taken: string;
    callback: string;
    missed: string;
    waiting: string;
    medianPickup: string;
    duration: (seconds: number) => string;
    none: string;
  };
  profile: {
    title: string;
    intro: string;
    name: string;
    avatar: string;
    httpsOnly: string;
    save: string;
    saved: string;
  };
  sessionEnded: string;
}
