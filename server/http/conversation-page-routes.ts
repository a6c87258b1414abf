import { Router, type Response } from 'express';
import { leadBrief } from '../delivery/lead-brief.js';
import type { LeadLinks } from '../security/lead-link.js';
import type { Store } from '../store/store.js';
import { conversationPage, problemPage } from './conversation-page/render-page.js';
import { PAGE_CSS } from './conversation-page/page-style.js';

const MAX_MESSAGES = 1000;

// No script at all, styles only from this origin, never framed, and the token in the URL never leaves as a referrer.
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function send(res: Response, status: number, html: string): void {
  res.status(status);
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
  res.type('html').send(html);
}

/**
 * `GET /conversation/:id` (the id is the signed token): the read-only page the lead email's "Open conversation" opens, for one lead,
 * without an API key. The signed token is the whole authority (see security/lead-link.ts).
 */
export function conversationPageRoutes(deps: { store: Store; leadLinks: LeadLinks; publicUrl: string; now: () => Date }): Router {
  const router = Router();

  router.get('/conversation/page.css', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('css').send(PAGE_CSS);
  });

  router.get('/conversation/:id', async (req, res) => {
    const now = deps.now();
    const check = deps.leadLinks.verify(req.params.id, now);
    if (!check.ok && check.reason === 'expired') {
      send(res, 410, problemPage('This link has expired', 'Links to a conversation work for 30 days. Open the lead in your CRM, or ask your Cathy Chat administrator for the conversation.'));
      return;
    }
    if (!check.ok) {
      send(res, 404, problemPage('This link is not valid', 'The link is incomplete or was changed. Open it again from the lead email, copying the whole address.'));
      return;
    }
    const lead = await deps.store.leads.byId(check.leadId);
    const site = lead ? await deps.store.sites.byId(lead.siteId) : null;
    if (!lead || !site) {
      send(res, 404, problemPage('This conversation is no longer available', 'The shopper asked for their data to be erased, or the lead was removed.'));
      return;
    }
    const messages = await deps.store.messages.latest(lead.conversationId, MAX_MESSAGES);
    const brief = leadBrief({
      lead,
      site,
      event: lead.version > 1 ? 'lead.updated' : 'lead.created',
      messages,
      transcriptCut: messages.length === MAX_MESSAGES,
      publicUrl: deps.publicUrl,
      conversationUrl: `${deps.publicUrl}${req.originalUrl}`,
    });
    send(res, 200, conversationPage(brief));
  });

  return router;
}
