import { describe, expect, it } from 'vitest';
import { isPublicAddress, privateWebhookProblem } from './webhook-address.js';

describe('isPublicAddress', () => {
  it('takes only public unicast addresses, IPv4-mapped ones included', () => {
    for (const address of ['8.8.8.8', '203.0.113.300', '2606:4700:4700::1111']) {
      expect(isPublicAddress(address), address).toBe(address !== '203.0.113.300');
    }
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:10.0.0.1', '224.0.0.1', 'not-an-ip']) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });
});

describe('privateWebhookProblem', () => {
  it('refuses localhost names and non-public IP literals, and leaves other names to delivery time', () => {
    for (const url of ['http://localhost:9000/hook', 'https://api.localhost/hook', 'http://127.0.0.1/hook', 'http://[::1]:8080/', 'http://169.254.169.254/', 'https://192.168.0.10/hook']) {
      expect(privateWebhookProblem(url), url).toMatch(/public address.*WEBHOOK_ALLOW_PRIVATE=1/);
    }
    for (const url of ['https://crm.dealer.example/hook', 'https://8.8.8.8/hook']) expect(privateWebhookProblem(url), url).toBeUndefined();
  });
});
