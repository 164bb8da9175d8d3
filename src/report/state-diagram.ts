import { pathwayMachine, type TransitionMeta } from '../law/pathway-machine.js';
import { STATES, type StateInfo } from '../law/states.js';

const id = (s: string) => s.replace(/-/g, '_');
const shortAuthority = (a: string) => a.split(';')[0]!.replace(/[:"]/g, '').trim();

/** One edge of the state diagram. */
export interface DiagramEdge {
  from: string;
  to: string;
  event: string;
  rule?: string;
  authority?: string;
  statement?: string;
}

/**
 * The machine's transitions, read from `pathwayMachine` itself (targetless moves drawn as self-loops).
 * @example
 * machineEdges().find((e) => e.event === 'EXPEL')?.rule // 'canExpelTitle42'
 */
export function machineEdges(): DiagramEdge[] {
  const out: DiagramEdge[] = [];
  for (const [key, node] of Object.entries(pathwayMachine.root.states)) {
    for (const [event, list] of node.transitions) {
      for (const t of list) {
        const meta = (t.meta ?? {}) as TransitionMeta;
        const to = t.target?.[0]?.key ?? key;
        out.push({ from: key, to, event, ...(meta.rule ? { rule: meta.rule, authority: meta.authority, statement: meta.statement } : {}) });
      }
    }
  }
  return out;
}

/**
 * A Mermaid `stateDiagram-v2` of the machine, generated from it, with the rule and its authority on each
 * transition. HORIZON moves (to pending) are left out of the picture to keep it readable.
 * @example
 * stateDiagramMermaid().startsWith('stateDiagram-v2') // true
 */
export function stateDiagramMermaid(): string {
  const lines = ['stateDiagram-v2', '  direction LR'];
  for (const [key, info] of Object.entries(STATES) as [string, StateInfo][]) {
    lines.push(`  state "${key}" as ${id(key)}`);
    void info;
  }
  lines.push(`  [*] --> ${id(String(pathwayMachine.config.initial))}`);
  for (const e of machineEdges()) {
    if (e.event === 'HORIZON') continue;
    const label = e.rule ? `${e.event} [${e.rule}] ${shortAuthority(e.authority ?? '')}` : e.event;
    lines.push(`  ${id(e.from)} --> ${id(e.to)} : ${label}`);
  }
  for (const [key, info] of Object.entries(STATES) as [string, StateInfo][]) if (info.final) lines.push(`  ${id(key)} --> [*]`);
  return lines.join('\n');
}
