import type { Direction } from '../../engine/types.ts';
import type { SiteId } from '../../shared/sites.ts';

/** One message as an adapter reads it from the page. Plain data plus the elements it came from. */
export interface PageMessage {
  /** Stable id: the site's own message id when it has one, otherwise a hash of thread+sender+text. */
  id: string;
  /** The element that represents the whole message (the unit the scanner tracks). */
  element: Element;
  /** Plain text, without quoted replies or signatures where the site marks them. */
  text: string;
  /** Sender as shown ('' when the site does not show one for this message). */
  sender: string;
  direction: Direction;
  /** Key of the conversation this message belongs to. */
  threadKey: string;
  /** Time as shown on the page, if any. */
  time?: string;
  /** The warning is inserted next to this element. */
  anchor: Element;
  /** Insert the warning before or after the anchor (default 'after'). */
  placement?: 'before' | 'after';
}

/** Where the adapter runs, reduced to what adapters may look at. */
export interface PageLocation {
  hostname: string;
  pathname: string;
  hash: string;
}

/**
 * A site adapter: knows where messages live on one web client. Adapters only READ the page; they
 * never score and never change the DOM. Selectors are lists of alternatives (see selectors in each
 * adapter file), attribute/ARIA first and classes last.
 */
export interface SiteAdapter {
  /** Adapter id (also the fixture folder name): e.g. 'telegram-k'. */
  id: string;
  /** Settings/site id shared with the rest of the extension: e.g. 'telegram'. */
  site: SiteId;
  /** Whether this adapter handles the page at this location (host and, where needed, path). */
  matches(loc: PageLocation): boolean;
  /** The narrowest element whose subtree holds the messages, or null when not (yet) on screen. */
  container(doc: Document): Element | null;
  /** Message elements inside `root` (root itself included when it is one). */
  messageElements(root: ParentNode): Element[];
  /** The message element that contains `node`, if any. */
  closestMessage(node: Node): Element | null;
  /** Read one message element. null when it is not a readable message (e.g. a date separator). */
  read(el: Element, doc: Document): PageMessage | null;
}
