/** nedb's line format (JSON, Dates as `$$date`), so group-commit.ts writes each line exactly as nedb would. */
declare module '@seald-io/nedb/lib/model.js' {
  const model: { serialize(doc: unknown): string };
  export default model;
}
