import { Schema } from 'mongoose';

export interface MetaDoc {
  _id: string;
  value?: string;
  count?: number;
}

/** The key is the `_id`, so concurrent `setIfAbsent` upserts meet on the one index MongoDB always has. */
export const metaSchema = new Schema<MetaDoc>(
  { _id: { type: String, required: true }, value: String, count: Number },
  { versionKey: false },
);
