import type {Cdata, Element, ElementContent, Root, RootContent, Text} from 'xast';
import {xmlChars} from './xml-chars.js';

// Character data may not hold `]]>`, and the serializer escapes only `&` and
// `<`: end each `]]` before the `>`, which goes in a CDATA section of its own,
// so the parsed text is exactly the input. Line endings become `\n`, as any
// parser would read them, so the file says what readers get.
function characterData(value: string): Array<Text | Cdata> {
  const parts = xmlChars(value).replace(/\r\n?/g, '\n').split(']]>');
  return parts.flatMap((part, index): Array<Text | Cdata> => {
    if (index === parts.length - 1) return part === '' ? [] : [{type: 'text', value: part}];
    return [{type: 'text', value: `${part}]]`}, {type: 'cdata', value: '>'}];
  });
}

// Adjacent texts serialize as one: check `]]>` and surrogate pairs across them.
function mergeTexts(children: ElementContent[]): ElementContent[] {
  const merged: ElementContent[] = [];
  for (const child of children) {
    const last = merged.at(-1);
    if (child.type === 'text' && last?.type === 'text') merged[merged.length - 1] = {type: 'text', value: last.value + child.value};
    else merged.push(child);
  }
  return merged;
}

function element(node: Element): Element {
  const attributes: Element['attributes'] = {};
  for (const [name, value] of Object.entries(node.attributes)) {
    if (typeof value === 'string') attributes[name] = xmlChars(value);
  }
  return {...node, attributes, children: mergeTexts(node.children).flatMap(content)};
}

function content(node: ElementContent): ElementContent[] {
  if (node.type === 'element') return [element(node)];
  if (node.type === 'text') return characterData(node.value);
  return [node];
}

function rootContent(node: RootContent): RootContent[] {
  return node.type === 'element' || node.type === 'text' ? content(node) : [node];
}

/**
 * A copy of `tree` that serializes to well-formed XML whatever its text holds:
 * no characters XML 1.0 forbids (nor DEL and C1 controls) in text or attribute
 * values, and no `]]>` in character data. Text keeps its meaning; only line
 * endings are normalized.
 */
export function wellFormed(tree: Root): Root {
  return {...tree, children: tree.children.flatMap(rootContent)};
}
