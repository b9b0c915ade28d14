import { css } from 'lit';

/** The app shell's layout: header, toolbar, three columns, banners, menus and print rules. */
export const appStyles = css`
      :host {
        display: block;
        height: 100vh;
        height: 100dvh;
        font-family: var(--fc-font);
        color: var(--fc-ink);
        background: var(--fc-bg);
      }
      .shell {
        display: grid;
        grid-template-rows: auto auto 1fr;
        height: 100%;
      }
      header {
        display: flex;
        align-items: center;
        gap: 1rem;
        padding: 0.55rem 1rem;
        background: #13243a;
        color: #fff;
      }
      .brand {
        font-weight: 800;
        letter-spacing: -0.01em;
        font-size: 1.02rem;
        display: flex;
        align-items: center;
        gap: 0.45rem;
        white-space: nowrap;
      }
      .brand .mark {
        display: inline-grid;
        place-items: center;
        width: 1.5rem;
        height: 1.5rem;
        border-radius: 5px;
        background: #2f8f4e;
        font-size: 0.9rem;
      }
      .doc-title {
        flex: 1;
        min-width: 0;
        font-size: 0.92rem;
        opacity: 0.9;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .save-state {
        font-size: 0.78rem;
        opacity: 0.85;
        white-space: nowrap;
      }
      .save-state.failed {
        color: #ffb4ab;
        opacity: 1;
        font-weight: 700;
      }
      .reviewer {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        font-size: 0.8rem;
      }
      .reviewer input {
        width: 10rem;
        padding: 0.25rem 0.45rem;
        border-color: #3b5373;
        background: #1d3350;
        color: #fff;
      }
      .reviewer input::placeholder {
        color: #b7c4d6;
      }
      [role='toolbar'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem;
        align-items: center;
        padding: 0.45rem 1rem;
        background: #fff;
        border-bottom: 1px solid var(--fc-line);
      }
      [role='toolbar'] .sep {
        width: 1px;
        align-self: stretch;
        background: var(--fc-line);
        margin: 0 0.3rem;
      }
      [role='toolbar'] .spacer {
        flex: 1;
      }
      main {
        display: grid;
        grid-template-columns: 15rem minmax(0, 1fr) 22rem;
        min-height: 0;
        position: relative;
      }
      main.no-articles {
        grid-template-columns: minmax(0, 1fr) 22rem;
      }
      /* Each pane is laid out and painted on its own: a change in the
         sidebar does not lay out the article again, and the reverse. */
      .sidebar,
      .column {
        contain: layout paint style;
      }
      .articles,
      .sidebar {
        overflow: auto;
        background: #fff;
        padding: 0.9rem;
        min-height: 0;
      }
      .articles {
        border-right: 1px solid var(--fc-line);
        background: #fbfbfc;
      }
      .sidebar {
        border-left: 1px solid var(--fc-line);
        display: flex;
        flex-direction: column;
        gap: 1rem;
      }
      .column-cell {
        min-height: 0;
        min-width: 0;
      }
      .column {
        height: 100%;
        contain: strict;
        overflow: auto;
        scroll-padding: 4rem;
      }
      /* The editor draws no outline of its own: the page shows where focus is. */
      .paper:has(:focus-visible),
      .paper:focus-within {
        border-color: var(--fc-accent);
        box-shadow: 0 0 0 2px rgba(11, 92, 173, 0.25);
      }
      .column:focus-visible {
        outline-offset: -3px;
      }
      .paper {
        max-width: 44rem;
        margin: 1.25rem auto 2rem;
        background: #fff;
        border: 1px solid var(--fc-line);
        border-radius: 8px;
        padding: 2rem 2.75rem 0.5rem;
        box-shadow: 0 1px 2px rgba(16, 24, 40, 0.04);
      }
      h2.section {
        font-size: 0.75rem;
        text-transform: uppercase;
        letter-spacing: 0.07em;
        color: var(--fc-muted);
        margin: 0 0 0.5rem;
      }
      .card {
        border: 1px solid var(--fc-line);
        border-radius: 8px;
        padding: 0.8rem;
        background: #fff;
      }
      .new-article {
        max-width: 44rem;
        margin: 1.25rem auto 0;
        display: grid;
        gap: 0.5rem;
      }
      .new-article textarea {
        min-height: 10rem;
        width: 100%;
        font-family: var(--fc-serif);
      }
      .new-article .row {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        flex-wrap: wrap;
      }
      .banner {
        max-width: 44rem;
        margin: 1rem auto 0;
        border-radius: 8px;
        padding: 0.6rem 0.8rem;
        font-size: 0.88rem;
        line-height: 1.45;
        display: flex;
        gap: 0.6rem;
        align-items: flex-start;
        justify-content: space-between;
      }
      .banner.error {
        background: #fdecea;
        border: 1px solid #e6a19c;
        color: #5f140f;
      }
      .banner.info {
        background: #eaf2fc;
        border: 1px solid #b8d3f1;
      }
      .menu {
        position: relative;
      }
      .menu-list {
        position: absolute;
        z-index: 5;
        top: calc(100% + 4px);
        left: 0;
        min-width: 17rem;
        background: #fff;
        border: 1px solid var(--fc-line);
        border-radius: 8px;
        box-shadow: 0 8px 24px rgba(16, 24, 40, 0.14);
        padding: 0.3rem;
        display: grid;
      }
      .menu-list button {
        border: none;
        text-align: left;
        border-radius: 5px;
      }
      .busy progress {
        margin-left: 0.5rem;
        vertical-align: middle;
      }
      .setting {
        display: grid;
        gap: 0.2rem;
        margin-top: 0.6rem;
      }
      .setting label {
        font-weight: 600;
        color: var(--fc-muted);
      }
      .setting .hint {
        color: var(--fc-muted);
        font-size: 0.75rem;
      }
      .banner .row {
        display: flex;
        gap: 0.4rem;
        flex-shrink: 0;
      }
      .banner ul.changes {
        margin: 0.35rem 0 0;
        padding-left: 1.1rem;
      }
      .banner pre {
        white-space: pre-wrap;
        font: inherit;
        margin: 0.3rem 0 0;
      }
      .toast {
        position: fixed;
        left: 50%;
        bottom: 1.25rem;
        transform: translateX(-50%);
        background: #13243a;
        color: #fff;
        border-radius: 8px;
        padding: 0.55rem 0.75rem 0.55rem 1rem;
        display: flex;
        gap: 0.75rem;
        align-items: center;
        box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25);
        font-size: 0.88rem;
      }
      .toast button {
        background: transparent;
        color: #9cc7ff;
        border-color: #3b5373;
      }
      details.help {
        font-size: 0.82rem;
      }
      details.help summary {
        cursor: pointer;
        color: var(--fc-muted);
        font-weight: 600;
      }
      details.help dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.3rem 0.6rem;
        margin: 0.5rem 0 0;
      }
      details.help dd {
        margin: 0;
      }
      .empty-panel {
        font-size: 0.85rem;
        color: var(--fc-muted);
        line-height: 1.5;
        margin: 0;
      }
      @media (max-width: 1100px) {
        main {
          grid-template-columns: minmax(0, 1fr) 20rem;
        }
        .articles {
          display: none;
        }
        main.show-articles .articles {
          display: block;
          position: absolute;
          z-index: 2;
          top: 0;
          left: 0;
          bottom: 0;
          width: 17rem;
          box-shadow: 4px 0 16px rgba(0, 0, 0, 0.15);
        }
      }
      .report-view {
        overflow: auto;
        min-height: 0;
        background: var(--fc-bg);
      }
      main[hidden],
      nav.articles[hidden] {
        display: none;
      }
      @media print {
        header,
        [role='toolbar'],
        .articles,
        .sidebar,
        .banner,
        .toast {
          display: none;
        }
        :host {
          height: auto;
          background: #fff;
        }
        .shell,
        main {
          display: block;
        }
        /* On paper the article runs its full length: no scroller, no size containment. */
        .column {
          height: auto;
          contain: none;
          overflow: visible;
        }
        .report-view {
          overflow: visible;
          background: #fff;
        }
      }
    `;
