/**
 * The convergence fuzz's rounds (run by convergence.node.mjs in Node):
 * three copies of a shared article take seeded random concurrent
 * operations; their updates are delivered in shuffled order, with
 * partitions (a copy cut off for a while); at the end every update reaches
 * every copy, and the copies are held to what the team desk promises.
 */
import { Replica, entryKey, mulberry32 } from './replica.js';

/** What went wrong in one seed's run, as sentences (empty: it converged and kept every promise). */
export function runSeed(seed: number, rounds = 12, opsPerRound = 3): string[] {
  const rnd = mulberry32(seed);
  const first = Replica.first('Ana');
  first.takeOutbox();
  const copies = [first, Replica.from(first, 'Bo'), Replica.from(first, 'Cy')];
  /** Updates on their way: to whom, what. */
  const inFlight: Array<{ to: Replica; update: Uint8Array }> = [];
  const log: string[] = [];
  const send = (from: Replica) => {
    for (const update of from.takeOutbox()) for (const to of copies) if (to !== from) inFlight.push({ to, update });
  };
  for (let round = 0; round < rounds; round++) {
    // Some copies are cut off this round: what they send and receive waits.
    const cutOff = new Set(copies.filter(() => rnd.next() < 0.25));
    for (const copy of copies) {
      for (let i = 0; i < opsPerRound; i++) log.push(`${copy.name}:${copy.randomOp(rnd)}`);
      if (!cutOff.has(copy)) send(copy);
    }
    // Deliver some of what is in flight, in shuffled order, to copies that are connected.
    for (let i = inFlight.length - 1; i > 0; i--) {
      const j = rnd.int(0, i);
      [inFlight[i], inFlight[j]] = [inFlight[j]!, inFlight[i]!];
    }
    const keep: typeof inFlight = [];
    for (const item of inFlight) {
      if (cutOff.has(item.to) || rnd.next() < 0.3) keep.push(item);
      else item.to.receive(item.update);
    }
    inFlight.splice(0, inFlight.length, ...keep);
    for (const copy of copies) if (!cutOff.has(copy)) send(copy);
  }
  // The network heals: everything reaches everyone (records a copy writes back in answer too).
  for (let pass = 0; pass < 10 && (inFlight.length || copies.some((c) => c.outbox.length)); pass++) {
    for (const copy of copies) send(copy);
    for (const item of inFlight.splice(0)) item.to.receive(item.update);
  }

  const problems: string[] = [];
  const [a, ...others] = copies.map((c) => c.snapshot());
  const docA = JSON.stringify(canonical(a!.doc));
  others.forEach((o, i) => {
    if (JSON.stringify(canonical(o.doc)) !== docA) problems.push(`${copies[i + 1]!.name}'s document differs from ${copies[0]!.name}'s`);
    a!.claims.forEach((ca, j) => {
      const co = o.claims[j] as unknown as Record<string, unknown> | undefined;
      const fields = Object.keys(ca).filter((k) => JSON.stringify((ca as unknown as Record<string, unknown>)[k]) !== JSON.stringify(co?.[k]));
      if (fields.length)
        problems.push(
          `[status ${ca.status}, checked ${JSON.stringify(ca.checkedText)}, words ${JSON.stringify(copies[0]!.wordsOf(ca.id))}/${JSON.stringify(copies[i + 1]!.wordsOf(ca.id))}] ${copies[i + 1]!.name}'s claim ${ca.id} differs from ${copies[0]!.name}'s in ${fields.map((f) => `${f}: ${JSON.stringify((ca as unknown as Record<string, unknown>)[f])} vs ${JSON.stringify(co?.[f])}`).join('; ')}`,
        );
    });
    if (o.claims.length !== a!.claims.length) problems.push(`${copies[i + 1]!.name} has ${o.claims.length} claims, ${copies[0]!.name} ${a!.claims.length}`);
  });
  const everyId = new Set(copies.flatMap((c) => [...c.ids]));
  for (const copy of copies) {
    const records = copy.records();
    for (const id of everyId) if (!records.has(id)) problems.push(`${copy.name} lost claim ${id}`);
    for (const [id, r] of records) {
      const words = copy.wordsOf(id);
      if (r.orphaned !== (words === null)) problems.push(`${copy.name}: claim ${id} orphaned=${r.orphaned} but ${words === null ? 'has no words' : `has words "${words}"`}`);
      if (words !== null && r.status !== 'unchecked' && r.checkedText !== undefined && words !== r.checkedText && !r.changed) {
        problems.push(`${copy.name}: claim ${id} reads "${words}", checked on "${r.checkedText}", and is not marked Re-check`);
      }
    }
  }
  const removed = new Set(copies.flatMap((c) => [...c.removedHere]));
  const present = new Set(copies[0]!.records().size ? [...copies[0]!.records()].flatMap(([id, r]) => r.history.map((h) => entryKey(id, h))) : []);
  for (const copy of copies) for (const key of copy.seen) if (!removed.has(key) && !present.has(key)) problems.push(`a history entry made on ${copy.name} is gone: ${key.slice(0, 200)}`);
  if (problems.length) problems.unshift(`operations: ${log.join(' ')}`);
  return problems;
}

interface NodeJSON {
  type: string;
  text?: string;
  marks?: Array<{ type: string; attrs?: { id?: string } }>;
  content?: NodeJSON[];
}

/**
 * A document's JSON with claim marks in id order and text split only where
 * marks change: copies may hold two overlapping claims' marks in either
 * order (each adds them as it learns of them), which draws and exports the same.
 */
function canonical(doc: unknown): NodeJSON {
  const node = { ...(doc as NodeJSON) };
  if (node.marks) node.marks = [...node.marks].sort((x, y) => (x.type === y.type ? String(x.attrs?.id ?? '').localeCompare(String(y.attrs?.id ?? '')) : 0));
  if (node.content) {
    const out: NodeJSON[] = [];
    for (const child of node.content.map(canonical)) {
      const last = out[out.length - 1];
      if (last?.text !== undefined && child.text !== undefined && JSON.stringify(last.marks ?? []) === JSON.stringify(child.marks ?? []))
        out[out.length - 1] = { ...last, text: last.text + child.text };
      else out.push(child);
    }
    node.content = out;
  }
  return node;
}
