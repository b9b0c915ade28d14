import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties through the CSSOM, when they change. Lit's `styleMap`
 * writes a `style` attribute on first render, which a strict
 * Content-Security-Policy (`style-src 'self'`) blocks; `el.style.setProperty`
 * is allowed.
 */
class CssPropsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new RangeError('cssProps must be used as an element directive: <div ${cssProps({...})}>');
  }

  render(_props: Record<string, string>) {
    return noChange;
  }

  private last: Record<string, string> = {};

  override update(part: ElementPart, [props]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    // Setting a property to the value it has still restyles the element.
    for (const [name, value] of Object.entries(props)) if (this.last[name] !== value) style.setProperty(name, value);
    this.last = props;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
