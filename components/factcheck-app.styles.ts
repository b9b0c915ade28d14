import { css } from 'lit';

/** The app shell's layout: header and toolbar rows, three columns, and print rules (the parts style themselves). */
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
        display: block;
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
      .paper {
        max-width: 44rem;
        margin: 1.25rem auto 2rem;
        background: #fff;
        border: 1px solid var(--fc-line);
        border-radius: 8px;
        padding: 2rem 2.75rem 0.5rem;
        box-shadow: 0 1px 2px rgba(16, 24, 40, 0.04);
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
      /* Narrow screens and 400% zoom (320 CSS px): one column that the page
         scrolls, the article first and the claim panel after it; nothing
         is wider than the screen. After the rules above, which it overrides
         (main.no-articles and main.show-articles too). */
      @media (max-width: 700px) {
        :host {
          height: auto;
        }
        .shell,
        main,
        main.no-articles,
        main.show-articles {
          display: block;
          height: auto;
        }
        main.show-articles .articles {
          position: static;
          width: auto;
          box-shadow: none;
        }
        .articles {
          border-right: none;
          border-bottom: 1px solid var(--fc-line);
        }
        .sidebar {
          border-left: none;
          border-top: 1px solid var(--fc-line);
        }
        .column {
          height: auto;
          contain: none;
          overflow: visible;
        }
        .paper {
          margin: 0.75rem 0.5rem 1rem;
          padding: 1rem 1rem 0.25rem;
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
        fc-header,
        fc-toolbar,
        .articles,
        .sidebar,
        fc-messages,
        fc-text-form,
        fc-toast {
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
