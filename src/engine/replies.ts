/**
 * How many of the user's own messages at the start of a conversation the engine reads, and only
 * for "wrong number" (src/engine/thread.ts). The extension's bounded context always includes
 * them and the message each answered (src/shared/thread-context.ts replyPins), so a message far
 * down the thread sees the same state. Its own module so the content script can use it without
 * loading the engine.
 */
export const FIRST_REPLIES = 2;
