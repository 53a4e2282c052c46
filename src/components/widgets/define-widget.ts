import { showIgnored } from './show-ignored';
import { parseParams, type ParamSpecs, type ParamValues } from './url-state';

/** The element a selector finds: `form` → HTMLFormElement, anything else → HTMLElement. */
type ElementFor<S extends string> = S extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[S] : HTMLElement;
type Parts<P extends Record<string, string>> = { [K in keyof P]: ElementFor<P[K]> };

/**
 * The lifecycle every widget shares. Defines `<tag>` once (a second load of
 * the module is harmless); when an element connects, finds its `parts` (name
 * → selector inside the element) and, only if all are there, calls `setup`
 * with them and a signal that aborts when the element disconnects (pass it to
 * addEventListener). An element that is moved is set up again.
 */
export function defineWidget<const P extends Record<string, string>>(
  tag: string,
  parts: P,
  setup: (root: HTMLElement, parts: Parts<P>, signal: AbortSignal) => void,
): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      #connection: AbortController | undefined;

      connectedCallback(): void {
        if (this.#connection) return;
        const found: Record<string, Element | null> = {};
        for (const [name, selector] of Object.entries(parts)) found[name] = this.querySelector(selector);
        if (Object.values(found).some((element) => element === null)) return;
        this.#connection = new AbortController();
        setup(this, found as Parts<P>, this.#connection.signal);
      }

      disconnectedCallback(): void {
        this.#connection?.abort();
        this.#connection = undefined;
      }
    },
  );
}

/**
 * Reads the widget's settings from the page address (see url-state.ts) and
 * shows the reader which parameters were ignored and why.
 */
export function restoreState<S extends ParamSpecs>(root: HTMLElement, specs: S): { values: ParamValues<S>; given: (name: keyof S & string) => boolean } {
  const params = new URLSearchParams(location.search);
  const { values, ignored } = parseParams(params, specs);
  showIgnored(root, ignored);
  // Whether the address set `name` to a value that was used (not missing, not ignored).
  const given = (name: string) => params.has(name) && !ignored.some((i) => i.param === name);
  return { values, given };
}

/**
 * Makes a widget's form live: `render(true)` on every input (it saves the
 * state to the address when asked to), no submission, the form shown (it is
 * hidden until JavaScript runs), and a first `render(false)`.
 */
export function enhanceForm(form: HTMLFormElement, render: (save: boolean) => void, signal: AbortSignal, event: 'input' | 'change' = 'input'): void {
  form.addEventListener(event, () => render(true), { signal });
  form.addEventListener('submit', (e) => e.preventDefault(), { signal });
  form.hidden = false;
  render(false);
}
