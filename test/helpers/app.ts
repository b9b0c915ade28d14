import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import type { FcEditor } from '../../components/fc-editor.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/factcheck-app.js';

/** Presses a key with modifiers held, as a user does (e.g. Control+Alt+KeyM). */
export async function pressCombo(modifiers: string[], key: string): Promise<void> {
  for (const m of modifiers) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of [...modifiers].reverse()) await sendKeys({ up: m });
}

let counter = 0;

/** A database name no other test uses. */
export function freshDbName(): string {
  return `fc-test-${Date.now()}-${counter++}-${Math.random().toString(36).slice(2)}`;
}

/** Mounts an app on `dbName` and waits until its article is shown. */
export async function mountApp(dbName = freshDbName()): Promise<FactcheckApp> {
  const app = await fixture<FactcheckApp>(html`<factcheck-app db-name=${dbName}></factcheck-app>`);
  await app.ready;
  await waitUntil(() => editorOf(app).editorView?.state.doc.textContent.length, 'the article did not load');
  return app;
}

export function shadow(app: FactcheckApp): ShadowRoot {
  return app.shadowRoot!;
}

/** Every element matching `selector` in `root` and in the open shadow roots below it, in document order, outer roots first. */
export function deepAll<E extends Element = HTMLElement>(root: ParentNode | FactcheckApp, selector: string): E[] {
  const start = root instanceof HTMLElement && root.shadowRoot ? root.shadowRoot : root;
  const out: E[] = [];
  const visit = (node: ParentNode) => {
    out.push(...node.querySelectorAll<E>(selector));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(start);
  return out;
}

/** The first element matching `selector` in the app's shadow root or a shadow root below it (the header, the toolbar, the messages are elements of their own). */
export function deep<E extends Element = HTMLElement>(root: ParentNode | FactcheckApp, selector: string): E | null {
  return deepAll<E>(root, selector)[0] ?? null;
}

export function editorOf(app: FactcheckApp): FcEditor {
  return app.shadowRoot!.querySelector('fc-editor')!;
}

/** The editable article element. */
export function articleEl(app: FactcheckApp): HTMLElement {
  return editorOf(app).shadowRoot!.querySelector('.ProseMirror') as HTMLElement;
}

/** Every highlight in the article (nested ones included). */
export function highlights(app: FactcheckApp): HTMLElement[] {
  return [...articleEl(app).querySelectorAll<HTMLElement>('.fc-claim')];
}

/** The text of each claim's highlight, joined across nested spans, by claim id. */
export function highlightTexts(app: FactcheckApp): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of highlights(app)) {
    const id = el.dataset['claimId']!;
    out[id] = (out[id] ?? '') + el.textContent;
  }
  return out;
}

/** Selects the `nth` occurrence of `quote` with a real DOM selection, as a mouse drag does. */
export async function selectText(app: FactcheckApp, quote: string, nth = 0): Promise<void> {
  const root = articleEl(app);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    let at = node.data.indexOf(quote);
    while (at >= 0) {
      if (seen++ === nth) {
        root.focus();
        document.getSelection()!.setBaseAndExtent(node, at, node, at + quote.length);
        // ProseMirror reads the DOM selection on selectionchange.
        await waitUntil(() => {
          const { state } = editorOf(app).editorView!;
          return state.doc.textBetween(state.selection.from, state.selection.to) === quote;
        }, 'the selection did not reach the editor');
        await app.updateComplete;
        return;
      }
      at = node.data.indexOf(quote, at + 1);
    }
  }
  throw new Error(`"${quote}" is not inside one text node of the article`);
}

/** A toolbar or panel button by its accessible name (its text or aria-label), looked for through the shadow roots below `root` too. */
export function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = deepAll<HTMLButtonElement>(root, 'button').find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name);
  if (!found) throw new Error(`No button named "${name}"`);
  return found;
}

export function panel(app: FactcheckApp) {
  return deep<import('../../components/fc-claim-panel.js').FcClaimPanel>(app, 'fc-claim-panel');
}

export function sidebarList(app: FactcheckApp) {
  return deep(app, 'fc-claim-list') as import('../../components/fc-claim-list.js').FcClaimList;
}

/** Tags `quote` through the UI: select it, press "Tag claim". Returns the new claim's id. */
export async function tagThroughUi(app: FactcheckApp, quote: string, nth = 0): Promise<string> {
  await selectText(app, quote, nth);
  button(shadow(app), 'Tag claim').click();
  await app.updateComplete;
  const id = app.claims.find((c) => c.quote === quote)?.id;
  if (!id) throw new Error(`"${quote}" was not tagged`);
  return id;
}

/** Chooses a status in the open claim's panel, as a user does with the "Status" select. */
export async function chooseStatus(app: FactcheckApp, status: string): Promise<void> {
  const p = panel(app)!;
  const select = p.shadowRoot!.querySelector<HTMLSelectElement>('select#status')!;
  select.value = status;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await app.updateComplete;
}

/** Opens the app's database straight through IndexedDB, at its current version. */
export function openDatabase(dbName: string): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(dbName);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error!);
  });
}

/** Reads every record of `store` straight from IndexedDB. */
export async function readStore<T>(dbName: string, store: string): Promise<T[]> {
  const db = await openDatabase(dbName);
  try {
    return await new Promise<T[]>((resolve, reject) => {
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result as T[]);
      req.onerror = () => reject(req.error!);
    });
  } finally {
    db.close();
  }
}

/** One value of the `meta` store, read as another tab would. */
export async function readMeta(dbName: string, key: string): Promise<unknown> {
  const db = await openDatabase(dbName);
  try {
    return await new Promise<unknown>((resolve, reject) => {
      const req = db.transaction('meta').objectStore('meta').get(key);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error!);
    });
  } finally {
    db.close();
  }
}
