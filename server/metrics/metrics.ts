import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  connections: Gauge;
  messages: Counter<'role'>;
  leads: Counter<'kind'>;
  errors: Counter<'code' | 'transport'>;
  ackLatency: Histogram<'event'>;
  deliveries: Counter<'kind' | 'outcome'>;
  handoff: Histogram<'kind'>;
  workerRestarts: Counter;
  ledgerOrphans: Gauge;
  ledgerOverdue: Gauge;
  escalations: Counter<'outcome'>;
}

/** One registry per app, so tests can run several servers in one process. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cathy_process_' });
  return {
    registry,
    connections: new Gauge({ name: 'cathy_socket_connections', help: 'Open Socket.IO connections', registers: [registry] }),
    messages: new Counter({ name: 'cathy_messages_total', help: 'Messages stored, by role', labelNames: ['role'], registers: [registry] }),
    leads: new Counter({ name: 'cathy_leads_total', help: 'Leads created or updated', labelNames: ['kind'], registers: [registry] }),
    errors: new Counter({
      name: 'cathy_errors_total',
      help: 'Errors answered to clients, by code',
      labelNames: ['code', 'transport'],
      registers: [registry],
    }),
    ackLatency: new Histogram({
      name: 'cathy_ack_seconds',
      help: 'Time from receiving a client event to acknowledging it',
      labelNames: ['event'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    deliveries: new Counter({
      name: 'cathy_deliveries_total',
      help: 'Lead delivery attempts, by kind and outcome (delivered, retry, failed, superseded)',
      labelNames: ['kind', 'outcome'],
      registers: [registry],
    }),
    handoff: new Histogram({
      name: 'cathy_handoff_seconds',
      help: 'Time from a delivery job being written to its delivery',
      labelNames: ['kind'],
      buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300, 3600],
      registers: [registry],
    }),
    workerRestarts: new Counter({
      name: 'cathy_delivery_worker_restarts_total',
      help: 'Times the outbox watchdog found lead deliveries due but not being claimed, and restarted the claim loop',
      registers: [registry],
    }),
    ledgerOrphans: new Gauge({
      name: 'cathy_ledger_orphans',
      help: 'Conversations with a phone or email but no lead, at the last ledger check (should be 0)',
      registers: [registry],
    }),
    ledgerOverdue: new Gauge({
      name: 'cathy_ledger_overdue_deliveries',
      help: 'Lead deliveries dead-lettered or unsent past their deadline, at the last ledger check',
      registers: [registry],
    }),
    escalations: new Counter({
      name: 'cathy_escalations_total',
      help: 'Shoppers who called for a person, by how it ended (taken, callback, missed; recovered: a missed one that later left a number)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
  };
}
