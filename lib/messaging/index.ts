// Thin typed layer over runtime/tabs messaging. One envelope shape, one result shape, one listener per side.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { BackgroundResults, ParamsOf, Protocol, Result, TabResults } from './protocol';
import { toBackground, toTab } from './protocol';

export * from './protocol';

const TAG = 'tamga/1';

interface Envelope {
  tag: typeof TAG;
  name: string;
  params: unknown;
}

type ToBackground = typeof toBackground;
type ToTab = typeof toTab;

export class MessageError extends Error {
  constructor(
    readonly messageName: string,
    message: string,
  ) {
    super(`${messageName}: ${message}`);
    this.name = 'MessageError';
  }
}

function unwrap<T>(name: string, res: unknown): T {
  const r = res as Result<T> | undefined;
  if (!r || typeof r !== 'object' || typeof r.ok !== 'boolean') throw new MessageError(name, 'no answer');
  if (!r.ok) throw new MessageError(name, r.error);
  return r.value;
}

/** Ask the background. Throws MessageError when the handler failed or nobody answered. */
export async function sendToBackground<K extends keyof ToBackground & string>(
  name: K,
  params: ParamsOf<ToBackground, K>,
): Promise<BackgroundResults[K]> {
  const envelope: Envelope = { tag: TAG, name, params };
  return unwrap(name, await browser.runtime.sendMessage(envelope));
}

/** Ask the content script of one tab: its top frame, or with `allFrames` every frame's (the content script runs
 *  in frames too; the first answer is returned, so only for messages every frame handles alike). */
export async function sendToTab<K extends keyof ToTab & string>(
  tabId: number,
  name: K,
  params: ParamsOf<ToTab, K>,
  allFrames = false,
): Promise<TabResults[K]> {
  const envelope: Envelope = { tag: TAG, name, params };
  return unwrap(name, await browser.tabs.sendMessage(tabId, envelope, allFrames ? {} : { frameId: 0 }));
}

export type Sender = { id?: string; tab?: { id?: number }; url?: string };

export type Handlers<P extends Protocol, R extends { [K in keyof P]: unknown }> = {
  [K in keyof P]: (params: ParamsOf<P, K>, sender: Sender) => Promise<R[K]> | R[K];
};

/**
 * Check and dispatch one incoming message. Pure apart from the handler: exported for unit tests.
 * Returns undefined for messages that are not ours (other listeners may answer them).
 */
export async function dispatch<P extends Protocol, R extends { [K in keyof P]: unknown }>(
  protocol: P,
  handlers: Handlers<P, R>,
  message: unknown,
  sender: Sender,
  side: 'background' | 'tab',
  selfId: string,
  /** The extension's own pages' origin (runtime.getURL('')): Firefox's differs from the id. */
  selfOrigin = `chrome-extension://${selfId}/`,
): Promise<Result<unknown> | undefined> {
  const env = message as Envelope | null;
  if (!env || typeof env !== 'object' || env.tag !== TAG || typeof env.name !== 'string') return undefined;
  if (sender.id !== selfId) return { ok: false, error: 'sender is not this extension' };
  if (!Object.hasOwn(protocol, env.name)) return { ok: false, error: `unknown message "${env.name}"` };
  const spec = protocol[env.name]!;
  if (side === 'background' && spec.tabOnly && sender.tab?.id === undefined)
    return { ok: false, error: `${env.name}: content scripts only` };
  if (side === 'background' && spec.extensionOnly && !sender.url?.startsWith(selfOrigin))
    return { ok: false, error: `${env.name}: extension pages only` };
  if (side === 'tab' && sender.tab) return { ok: false, error: `${env.name}: background only` };
  const parsed = v.safeParse(spec.params, env.params);
  if (!parsed.success) return { ok: false, error: `${env.name}: invalid params: ${parsed.issues[0]?.message}` };
  try {
    const handler = handlers[env.name as keyof P];
    return { ok: true, value: (await handler(parsed.output as ParamsOf<P, keyof P>, sender)) ?? null };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function listen<P extends Protocol, R extends { [K in keyof P]: unknown }>(
  protocol: P,
  handlers: Handlers<P, R>,
  side: 'background' | 'tab',
) {
  const listener = (message: unknown, sender: Sender, sendResponse: (r: unknown) => void): true | undefined => {
    const env = message as Envelope | null;
    if (!env || typeof env !== 'object' || env.tag !== TAG) return undefined;
    dispatch(protocol, handlers, message, sender, side, browser.runtime.id, browser.runtime.getURL('/')).then(sendResponse);
    return true;
  };
  // biome-ignore lint/suspicious/noExplicitAny: the browser typings differ between Chrome and Firefox here
  browser.runtime.onMessage.addListener(listener as any);
  // biome-ignore lint/suspicious/noExplicitAny: same listener object
  return () => browser.runtime.onMessage.removeListener(listener as any);
}

/** Register the background's handlers (call once, synchronously, at the top of the background's main). */
export function listenInBackground(handlers: Handlers<ToBackground, BackgroundResults>): () => void {
  return listen(toBackground, handlers, 'background');
}

/** Register a content script's handlers for messages from the background. */
export function listenInTab(handlers: Handlers<ToTab, TabResults>): () => void {
  return listen(toTab, handlers, 'tab');
}
