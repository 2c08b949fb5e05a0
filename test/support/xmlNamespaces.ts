import { XMLParser, XMLValidator } from 'fast-xml-parser';

type OrderedNode = Record<string, unknown>;

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', allowBooleanAttributes: true, processEntities: false, parseTagValue: false });

function prefixOf(name: string): string | undefined {
  const colon = name.indexOf(':');
  return colon > 0 ? name.slice(0, colon) : undefined;
}

/**
 * Problems with one XML part: not well formed (fast-xml-parser's validator), or an element or attribute whose
 * namespace prefix is not declared on it or an ancestor. [] when the part is namespace-well-formed.
 */
export function namespaceProblems(xml: string): string[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well formed: ${valid.err.msg} (line ${valid.err.line})`];
  const problems: string[] = [];
  const walk = (nodes: OrderedNode[], scope: ReadonlySet<string>): void => {
    for (const node of nodes) {
      const name = Object.keys(node).find((k) => k !== ':@');
      if (!name || name === '#text' || name.startsWith('?') || name === '#comment') continue;
      const attributes = (node[':@'] ?? {}) as Record<string, string>;
      const inner = new Set(scope);
      for (const attribute of Object.keys(attributes)) if (attribute.startsWith('xmlns:')) inner.add(attribute.slice(6));
      const used = [prefixOf(name), ...Object.keys(attributes).filter((a) => !a.startsWith('xmlns')).map(prefixOf)];
      for (const prefix of used) if (prefix !== undefined && prefix !== 'xml' && !inner.has(prefix)) problems.push(`<${name}> uses the undeclared prefix "${prefix}:"`);
      walk(node[name] as OrderedNode[], inner);
    }
  };
  walk(parser.parse(xml) as OrderedNode[], new Set());
  return problems;
}
