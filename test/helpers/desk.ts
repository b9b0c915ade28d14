import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import { button, deep, deepAll, panel, sidebarList, tagThroughUi, chooseStatus } from './app.js';

/** Waits until the app and every element below it have drawn what they were given. */
export async function settle(app: FactcheckApp): Promise<void> {
  await app.updateComplete;
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      deepAll(app, '*')
        .filter((el): el is LitElement => 'updateComplete' in el)
        .map((el) => el.updateComplete),
    );
  }
}

/** The open claim's panel's shadow root. */
export function panelRoot(app: FactcheckApp): ShadowRoot {
  return panel(app)!.shadowRoot!;
}

/** A field of the open claim's panel (or of the parts inside it) by its CSS selector. */
export function panelField<E extends HTMLElement = HTMLInputElement>(app: FactcheckApp, selector: string): E {
  const el = deep<E>(panel(app)!, selector);
  if (!el) throw new Error(`The claim panel has no ${selector}`);
  return el;
}

/** Types `text` into a field as a user does (the field's text replaced), then Tab away, which commits it (`change`). */
export async function typeInto(el: HTMLInputElement | HTMLTextAreaElement, text: string, commit = true): Promise<void> {
  el.focus();
  el.select();
  if (text) await sendKeys({ type: text });
  else await sendKeys({ press: 'Backspace' });
  if (commit) await sendKeys({ press: 'Tab' });
}

/** Sets the name in the header ("Your name"), as a user types it. */
export async function setReviewer(app: FactcheckApp, name: string): Promise<void> {
  const input = deep<HTMLInputElement>(app, 'input[aria-label="Your name"]')!;
  await typeInto(input, name);
  await waitUntil(() => deep<HTMLElement & { reviewer: string }>(app, 'fc-header')!.reviewer === name, 'the name did not reach the app');
  await settle(app);
}

/** Tags `quote` and gives it `status` through the panel; returns its id. */
export async function tagAs(app: FactcheckApp, quote: string, status: string): Promise<string> {
  const id = await tagThroughUi(app, quote);
  if (status !== 'unchecked') await chooseStatus(app, status);
  await settle(app);
  return id;
}

/** Adds a web source to the open claim through the panel's form. */
export async function addWebSource(app: FactcheckApp, url: string, label = ''): Promise<void> {
  const form = deep(panel(app)!, 'fc-claim-sources')!;
  await typeInto(deep<HTMLInputElement>(form, 'input[aria-label="Source URL"]')!, url, false);
  if (label) await typeInto(deep<HTMLInputElement>(form, 'input[aria-label="Source label (optional)"]')!, label, false);
  button(form, 'Add source').click();
  await settle(app);
}

/** Opens a claim by clicking its entry in the sidebar. */
export async function openInList(app: FactcheckApp, id: string): Promise<void> {
  sidebarList(app).shadowRoot!.querySelector<HTMLElement>(`[data-claim-id="${id}"]`)!.click();
  await settle(app);
}

/** Asks the writer about the open claim through "Ask the writer". */
export async function askWriter(app: FactcheckApp, to: string, question: string): Promise<void> {
  const queries = deep(panel(app)!, 'fc-claim-queries')!;
  button(queries, 'Ask the writer').click();
  await settle(app);
  await typeInto(deep<HTMLInputElement>(queries, '#query-to')!, to, false);
  await typeInto(deep<HTMLTextAreaElement>(queries, '#query-question')!, question, false);
  button(queries, 'Add query').click();
  await settle(app);
}

/** A second app on the same database, as after a reload. */
export async function reload(app: FactcheckApp, dbName: string): Promise<FactcheckApp> {
  await app.flush();
  app.remove();
  const again = await fixture<FactcheckApp>(html`<factcheck-app db-name=${dbName}></factcheck-app>`);
  await again.ready;
  await settle(again);
  return again;
}
