/**
 * Streaming and parallel extraction.
 * @module
 */
export { extractStream } from './extract-stream.js';
export type { StreamSource } from './extract-stream.js';
export type { StreamDocument, StreamOptions, StreamResult, StreamError } from './types.js';
