// Recording submissions: one statement writes a batch of them (write-path/statement.ts lists
// its parts, one rule each), and NewResponseWriter groups concurrent requests into such
// batches. Everything else imports from here.
export { insertNewResponses } from './write-path/statement.js';
export type { Inserted, NewResponse, RateLimitHit } from './write-path/types.js';
export type { Attachable } from './follow-up-rules.js';
export { NewResponseWriter, type WriterOptions } from './new-response-writer.js';
