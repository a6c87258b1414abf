// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from './support/chat.js';
import { MODEL_ENV, contents, useModelMock } from './support/openai-mock.js';
import { addStaff, signIn, type StaffAuth } from './support/staff.js';
import { agentSays, handback, takeover } from './support/takeover.js';
import { addSite, openVisitor, startTestServer, type TestSiteContext } from './support/test-server.js';

const PUBLIC_URL = 'http://workspace.test';

describe('Cathy on a language model after a hand-back', () => {
  const model = useModelMock();
  const t = {} as TestSiteContext;
  let sam: StaffAuth;

  beforeAll(async () => {
    t.server = await startTestServer({ ...MODEL_ENV, PUBLIC_URL });
    t.site = await addSite(t.server);
    const added = await addStaff(t.server.store, { siteId: t.site.site.id, email: 'sam@a.example', role: 'salesperson', name: 'Sam Smith' });
    sam = await signIn(t.server.url, added.email, added.password);
  });
  afterAll(() => t.server.destroy());

  it('knows what the person said, as said by them and not by her', async () => {
    const { socket, session } = await openVisitor(t);
    await say(socket, 'Hi, is the blue Tacoma still available?');
    expect((await takeover(t.server.url, sam, session.conversationId)).status).toBe(200);
    expect((await agentSays(t.server.url, sam, session.conversationId, 'Yes, and I can hold it until Saturday.')).status).toBe(201);
    expect((await handback(t.server.url, sam, session.conversationId)).status).toBe(200);
    const before = model.replies.length;

    await say(socket, 'Great, what would the payment be?');
    const request = model.replies.at(-1)!;
    expect(model.replies.length).toBe(before + 1);
    expect(contents(request, 'system')).toContain('Sam from Test Motors, a person (not Cathy), wrote to the visitor: Yes, and I can hold it until Saturday.');
    expect(contents(request, 'assistant')).not.toContain('Yes, and I can hold it until Saturday.');
    socket.close();
  });
});
