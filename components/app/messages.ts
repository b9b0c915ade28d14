import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storageProblem } from '../../src/store/errors.js';
import { emit } from '../events.js';

/** A problem shown in the banner until dismissed. */
export interface ErrorMessage {
  title: string;
  detail?: string;
}

/** A summary shown in the banner (imports, merges, restores). */
export interface Notice {
  title: string;
  lines: string[];
}

/** A short message at the bottom of the screen, with an Undo where the action can be undone. */
export interface Toast {
  message: string;
  undo?: () => void;
}

/** How long a toast stays. */
const TOAST_MS = 10_000;

/** The page's one polite live region, shared by the apps on it, and how many apps are connected. */
let shared: HTMLElement | null = null;
let connected = 0;

/**
 * The page's polite live region, made when first needed. It is a child of
 * `document.body`: in a shadow root without a slot, a light-DOM child is
 * never rendered, and a region that is not rendered is never heard. Off
 * screen through the CSSOM (the Content-Security-Policy forbids style
 * attributes in markup).
 */
function liveRegion(): HTMLElement {
  if (shared?.isConnected) return shared;
  const live = document.createElement('div');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  live.className = 'fc-live-region';
  Object.assign(live.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  });
  document.body.append(live);
  return (shared = live);
}

/**
 * What the app tells its user: the error banner, the summary banner, the
 * toast, and the page's one polite live region that screen readers hear
 * (in `document.body`, shared by every app on the page). Errors also go
 * up as `fc-error` events, for the page around the app.
 */
export class Messages implements ReactiveController {
  error: ErrorMessage | null = null;
  notice: Notice | null = null;
  toast: Toast | null = null;
  /** Told when a storage write failed, so the header can say "Not saved". */
  onStorageFailure: (() => void) | null = null;
  private live: HTMLElement | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.live = liveRegion();
    connected++;
  }

  hostDisconnected(): void {
    if (this.toastTimer) clearTimeout(this.toastTimer);
    // The last app to leave the page takes the region with it.
    if (--connected === 0) {
      shared?.remove();
      shared = null;
    }
    this.live = null;
  }

  /** Says `message` to screen readers, politely. */
  announce(message: string): void {
    const live = this.live;
    if (!live) return;
    // Clearing first makes a repeated message be read again.
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = message));
  }

  showError(title: string, detail?: string): void {
    this.error = detail ? { title, detail } : { title };
    this.announce(`${title} ${detail ?? ''}`);
    this.host.requestUpdate();
    emit(this.host, 'fc-error', { message: detail ? `${title} ${detail}` : title });
  }

  /** A storage operation failed: says what (`what`), why, and that the work is still on the page. */
  storageFailed(error: unknown, what: string): void {
    const { name, reason } = storageProblem(error);
    this.onStorageFailure?.();
    this.error = {
      title: `${what}.`,
      detail: `${reason}${name ? ` (${name})` : ''} Your work is still on this page: use Export JSON to keep a copy.`,
    };
    this.announce(`${what}. ${reason}`);
    this.host.requestUpdate();
    emit(this.host, 'fc-error', { message: `${what}. ${reason}`, ...(name ? { name } : {}) });
  }

  /** An error that is a storage failure is reported as one; any other shows as "title" with its message. */
  failed(error: unknown, title: string, storageWhat: string): void {
    if (error instanceof DOMException) this.storageFailed(error, storageWhat);
    else this.showError(title, (error as Error).message);
  }

  showNotice(title: string, lines: string[]): void {
    this.notice = { title, lines };
    this.host.requestUpdate();
  }

  showToast(message: string, undo?: () => void): void {
    if (this.toastTimer) clearTimeout(this.toastTimer);
    this.toast = undo ? { message, undo } : { message };
    this.announce(undo ? `${message} Press Undo in the message to restore it.` : message);
    this.toastTimer = setTimeout(() => this.dismiss('toast'), TOAST_MS);
    this.host.requestUpdate();
  }

  dismiss(which: 'error' | 'notice' | 'toast'): void {
    this[which] = null;
    this.host.requestUpdate();
  }
}
