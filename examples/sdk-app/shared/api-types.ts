/**
 * What the example's backend answers its pages. Apart from src/ so the backend, which runs in Node and never
 * imports the browser SDK, shares the types without needing the SDK's build.
 */

/** What the pages need to reach Cathy; the example backend serves it so one bundle works with any server. */
export interface ExampleConfig {
  siteKey: string;
  serverUrl: string;
}

/** The signed-in user as the backend vouches for them: `userHash` proves `externalId` to Cathy. */
export interface SignedIdentity {
  externalId: string;
  userHash: string;
  name: string;
}
