import type { OpenAIConfig } from '../../config/env.js';
import type { Logger } from '../../logging/logger.js';
import type { Store } from '../../store/store.js';
import type { ReplyEnricher } from '../reply-enricher.js';
import type { Responder } from '../responder.js';
import { createLeadEnricher } from './lead-enricher.js';
import { createModelGate } from './model-gate.js';
import { createOpenAIClient } from './openai-client.js';
import { createOpenAIResponder } from './openai-responder.js';

export interface LanguageModel {
  responder: Responder;
  enricher: ReplyEnricher;
}

/**
 * Cathy's language-model parts over one client, one circuit breaker and one token budget, so replies and
 * lead extraction together respect the endpoint's health and the site's daily allowance.
 *
 * @example const model = createLanguageModel({ ...config.openai, apiKey }, { store, logger, now: () => new Date() });
 */
export function createLanguageModel(config: OpenAIConfig & { apiKey: string }, deps: { store: Store; logger: Logger; now: () => Date }): LanguageModel {
  const client = createOpenAIClient(config);
  const gate = createModelGate({
    dailyTokensPerSite: config.dailyTokensPerSite,
    logger: deps.logger,
    sharedTokens: (siteId, day, tokens) => deps.store.meta.add(`tokens:${siteId}:${day}`, tokens),
  });
  return {
    responder: createOpenAIResponder({ client, config, gate }),
    enricher: createLeadEnricher({ client, config, gate, ...deps }),
  };
}
