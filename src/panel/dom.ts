/**
 * The panel's only way to make DOM: text goes in through `textContent`, attributes through
 * `setAttribute`. There is no markup string anywhere, so workbook text can never become markup.
 */

type Child = Node | string | null | undefined | false;
type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;

function setAttrs(node: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) throw new Error(`inline handler ${name} refused`);
    node.setAttribute(name, value === true ? "" : String(value));
  }
}

function append(node: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** An HTML element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element (createElementNS), attributes only; text via `svgText`. */
export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG_NS, tag) as SVGElement;
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** A button that runs `action` on click (keyboard activation comes with the element). */
export function button(attrs: Attrs, label: Child | Child[], action: () => void): HTMLButtonElement {
  const node = h("button", { type: "button", ...attrs }, ...(Array.isArray(label) ? label : [label]));
  node.addEventListener("click", action);
  return node;
}
