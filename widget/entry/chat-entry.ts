/** The lazily loaded chat chunk, built to `widget-chat.[hash].js`; its exports are the `ChatChunk` contract. */
export { startChat } from './start-chat.js';
