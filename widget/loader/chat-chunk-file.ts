/**
 * File name of the chat chunk, resolved against the loader's URL. The build replaces this module
 * with the content-hashed name so the chunk can be cached for a year.
 */
export const CHAT_CHUNK_FILE = 'widget-chat.js';
